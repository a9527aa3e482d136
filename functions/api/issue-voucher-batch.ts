import { systemClock } from '#shared/clock.ts';
import { dynamoVoucherRepository } from '#shared/db/voucher-repository.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { issueVoucherBatch } from '#shared/use-cases/money-vouchers.ts';
import { issueVoucherBatch as route } from './routes/money.ts';

const deps = { vouchers: dynamoVoucherRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ principal, tenant, body }) => {
  const batch = await issueVoucherBatch(deps, { principal, tenant }, body);
  return created(batch, `/v1/voucher-batches/${batch.batchId}`);
});
