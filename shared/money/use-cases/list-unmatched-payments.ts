import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { PaymentView } from '../payment-records.ts';
import { paymentView } from '../payments.ts';
import type { PaymentDeps } from '../ports.ts';

export async function listUnmatchedPayments(
  deps: Pick<PaymentDeps, 'payments'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<PaymentView>> {
  const page = await deps.payments.listUnmatched(actor.tenant.tenantId, limit, cursor);
  return { items: page.items.map(paymentView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
