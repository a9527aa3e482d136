import type { Actor } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { VoucherDeps } from '../ports.ts';
import { batchView } from '../vouchers.ts';

export async function getVoucherBatch(deps: Pick<VoucherDeps, 'vouchers'>, actor: Actor, batchId: string) {
  const batch = await deps.vouchers.getBatch(actor.tenant.tenantId, batchId);
  if (!batch) throw new NotFound(message('voucher-batch.not-found'));
  return batchView(batch);
}
