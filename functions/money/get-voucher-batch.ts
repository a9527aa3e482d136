import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getVoucherBatch } from '#shared/money/use-cases/get-voucher-batch.ts';
import { voucherDeps } from '#wiring';
import { getVoucherBatch as route } from './routes/get-voucher-batch.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getVoucherBatch(voucherDeps, { principal, tenant }, params.batchId)),
);
