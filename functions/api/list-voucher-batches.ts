import { dynamoVoucherRepository } from '#shared/db/voucher-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listVoucherBatches } from '#shared/use-cases/money-vouchers.ts';
import { listVoucherBatches as route } from './routes/money.ts';

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
