import type { Actor } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { InvalidInput } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency } from '../../kernel/money.ts';
import type { VoucherDeps } from '../ports.ts';
import {
  batchView,
  hashVoucherCode,
  type IssueBatchInput,
  newVoucherCode,
  normalizeVoucherCode,
  type Voucher,
  type VoucherBatch,
} from '../vouchers.ts';

export type IssuedBatch = ReturnType<typeof batchView> & { codes: string[] };

export async function issueVoucherBatch(
  deps: Pick<VoucherDeps, 'vouchers' | 'clock'>,
  actor: Actor,
  input: IssueBatchInput,
): Promise<IssuedBatch> {
  const { tenant } = actor;
  assertCurrency(input.value, tenant.currency, 'body.value.currency');
  const at = deps.clock.now();
  if (input.validUntil < localDate(at, tenant.timeZone))
    throw InvalidInput.field('body.validUntil', message('field.not-in-past'));

  const codes = new Set<string>();
  while (codes.size < input.count) codes.add(newVoucherCode());
  const batch: VoucherBatch = {
    batchId: newId(),
    value: input.value,
    count: input.count,
    validUntil: input.validUntil,
    ...(input.label ? { label: input.label } : {}),
    issuedAt: at.toISOString(),
    issuedBy: actor.principal.subject,
    redeemedCount: 0,
  };
  const vouchers: Voucher[] = [...codes].map((code) => ({
    codeHash: hashVoucherCode(tenant.tenantId, normalizeVoucherCode(code, 'code')),
    batchId: batch.batchId,
    value: input.value,
    validUntil: input.validUntil,
    status: 'issued',
    issuedAt: batch.issuedAt,
  }));
  await deps.vouchers.issueBatch(tenant.tenantId, batch, vouchers);
  return { ...batchView(batch), codes: [...codes] };
}
