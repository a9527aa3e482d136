import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoVoucherRepository } from '#shared/money/dynamo-vouchers.ts';
import { issueVoucherBatch } from '#shared/money/use-cases/issue-voucher-batch.ts';
import { issueVoucherBatch as route } from './routes.ts';

const deps = { vouchers: dynamoVoucherRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, body }) => {
  const batch = await issueVoucherBatch(deps, { principal, tenant }, body);
  return created(batch, `/v1/voucher-batches/${batch.batchId}`);
});
