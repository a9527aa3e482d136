import { BalanceToppedUp } from '../../../events/balance-topped-up.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Conflict, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { creditEntry } from '../domain.ts';
import { type PaymentView, receivedEvent } from '../payment-records.ts';
import { type Payment, paymentView } from '../payments.ts';
import { MoneyRefused, type PaymentDeps } from '../ports.ts';

/**
 * The operator credits an unmatched payment, whole, to a number of a group (one transaction:
 * unmatched→assigned, membership, credit, ledger, `PaymentReceived` and `BalanceToppedUp`).
 * Repeating the same assignment returns the payment; another assignment of it is 409.
 */
export async function assignPayment(
  deps: PaymentDeps,
  actor: Actor,
  paymentId: string,
  body: { groupId: string; msisdn: string },
): Promise<PaymentView> {
  const { tenant } = actor;
  const sameTarget = (p: Payment) =>
    p.status === 'assigned' &&
    p.target?.type === 'number' &&
    p.target.groupId === body.groupId &&
    p.target.msisdn === body.msisdn;
  const p = await deps.payments.getPayment(tenant.tenantId, paymentId);
  if (!p) throw new NotFound(message('payment.not-found'));
  if (sameTarget(p)) return paymentView(p);
  if (p.status !== 'unmatched')
    throw new Conflict(message('payment.already', { status: p.status }), { paymentStatus: p.status });
  if (p.amount.currency !== tenant.currency) {
    throw new RuleViolation(
      message('payment.currency', { paid: p.amount.currency, currency: tenant.currency }),
    );
  }
  const at = deps.clock.now();
  const target = { type: 'number' as const, groupId: body.groupId, msisdn: body.msisdn };
  const assigned: Payment = {
    ...p,
    status: 'assigned',
    target,
    applied: p.amount,
    assignedAt: at.toISOString(),
    assignedBy: { role: actor.principal.role, subject: actor.principal.subject },
  };
  try {
    await deps.payments.assignPayment({
      tenantId: tenant.tenantId,
      paymentId,
      target,
      assignedAt: assigned.assignedAt!,
      assignedBy: assigned.assignedBy!,
      credit: { msisdn: body.msisdn, amount: p.amount },
      entries: [
        creditEntry(
          {
            entryId: newId(),
            tenantId: tenant.tenantId,
            groupId: body.groupId,
            msisdn: body.msisdn,
            reference: { type: 'payment', id: paymentId },
            at,
            timeZone: tenant.timeZone,
            causedBy: causedBy(actor.principal),
            ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
          },
          'payment',
          p.amount,
        ),
      ],
      events: [
        receivedEvent(assigned),
        {
          contract: BalanceToppedUp,
          data: {
            groupId: body.groupId,
            msisdn: body.msisdn,
            method: 'payment',
            amount: p.amount,
            paymentId,
          },
        },
      ],
      at,
      correlationId: actor.correlationId,
    });
  } catch (e) {
    if (!(e instanceof MoneyRefused)) throw e;
    if (e.tag === 'member')
      throw new RuleViolation(message('money.number-not-active', { msisdn: body.msisdn }), 'body.msisdn');
    if (e.tag === 'state') {
      const now = await deps.payments.getPayment(tenant.tenantId, paymentId);
      if (now && sameTarget(now)) return paymentView(now);
      throw new Conflict(message('payment.already', { status: now?.status ?? 'gone' }));
    }
    throw e;
  }
  return paymentView(assigned);
}
