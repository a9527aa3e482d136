import { dynamoVoucherRepository } from '#shared/db/voucher-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getVoucherBatch } from '#shared/use-cases/money-vouchers.ts';
import { getVoucherBatch as route } from './routes/money.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getVoucherBatch({ vouchers: dynamoVoucherRepository }, { principal, tenant }, params.batchId)),
);
