import type { Actor } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { PaymentView } from '../payment-records.ts';
import { paymentView } from '../payments.ts';
import type { PaymentDeps } from '../ports.ts';

export async function getPayment(
  deps: Pick<PaymentDeps, 'payments'>,
  actor: Actor,
  paymentId: string,
): Promise<PaymentView> {
  const p = await deps.payments.getPayment(actor.tenant.tenantId, paymentId);
  if (!p) throw new NotFound(message('payment.not-found'));
  return paymentView(p);
}
