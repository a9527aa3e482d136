import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listVoucherBatches } from '#shared/money/use-cases/list-voucher-batches.ts';
import { voucherDeps } from '#wiring';
import { listVoucherBatches as route } from './routes/list-voucher-batches.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listVoucherBatches(voucherDeps, { principal, tenant }, query.limit, query.cursor)),
);
