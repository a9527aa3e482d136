import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { issueVoucherBatch } from '#shared/money/use-cases/issue-voucher-batch.ts';
import { voucherDeps } from '#wiring';
import { issueVoucherBatch as route } from './routes/issue-voucher-batch.ts';

export const handler = apiHandler(route, async ({ principal, tenant, body }) => {
  const batch = await issueVoucherBatch(voucherDeps, { principal, tenant }, body);
  return created(batch, `/v1/voucher-batches/${batch.batchId}`);
});
