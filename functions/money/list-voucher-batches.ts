import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoVoucherRepository } from '#shared/money/dynamo-vouchers.ts';
import { listVoucherBatches } from '#shared/money/use-cases/list-voucher-batches.ts';
import { listVoucherBatches as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(
    await listVoucherBatches(
      { vouchers: dynamoVoucherRepository },
      { principal, tenant },
      query.limit,
      query.cursor,
    ),
  ),
);
