import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoVoucherRepository } from '#shared/money/dynamo-vouchers.ts';
import { getVoucherBatch } from '#shared/money/use-cases/get-voucher-batch.ts';
import { getVoucherBatch as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getVoucherBatch({ vouchers: dynamoVoucherRepository }, { principal, tenant }, params.batchId)),
);
