import { BalanceToppedUp } from '../../../events/balance-topped-up.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Conflict } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { assertCurrency, type Money } from '../../kernel/money.ts';
import { creditEntry, type LedgerEntry } from '../domain.ts';
import { type PaymentView, receivedEvent, unmatched } from '../payment-records.ts';
import {
  isCreditorReference,
  normalizeReference,
  type Payment,
  type PaymentBody,
  type PaymentTarget,
  paymentView,
  samePayment,
  splitPayment,
  type TopUp,
} from '../payments.ts';
import {
  MoneyRefused,
  type PaymentDeps,
  type PaymentPurpose,
  type PaymentWrite,
  type PurposeTarget,
  type ReferenceTarget,
} from '../ports.ts';

function duplicateOf(existing: Payment, body: PaymentBody): { payment: PaymentView; duplicate: true } {
  if (!samePayment(existing, body)) {
    throw new Conflict(message('payment.recorded-differently'), {
      paymentId: existing.paymentId,
    });
  }
  return { payment: paymentView(existing), duplicate: true };
}

/**
 * Records a payment and what it pays, all or nothing:
 * - a second delivery of the same `paymentId` changes nothing (the recorded payment is returned);
 * - a reference of a pending top-up completes it and credits the number with everything paid
 *   (the amount due as `top-up`, the rest as `overpayment`); a reference of a completed top-up
 *   credits it all as overpayment; the number must still be an active member of its group;
 * - a reference of another area's purpose (a credit-limit deposit) settles what is due on it
 *   through that area's port, in the same transaction; the rest is credited as overpayment;
 * - anything else is kept as unmatched for the operator, with the reason.
 * Each emits `PaymentReceived` in the same transaction.
 */
export async function recordPayment(
  deps: PaymentDeps,
  actor: Actor,
  body: PaymentBody,
): Promise<{ payment: PaymentView; duplicate: boolean }> {
  const { tenant } = actor;
  assertCurrency(body.amount, tenant.currency, 'body.amount.currency');
  const existing = await deps.payments.getPayment(tenant.tenantId, body.paymentId);
  if (existing) return duplicateOf(existing, body);

  const at = deps.clock.now();
  const reference = body.reference ? normalizeReference(body.reference) : undefined;
  const base: Omit<Payment, 'status'> = {
    paymentId: body.paymentId,
    amount: body.amount,
    ...(reference ? { reference } : {}),
    method: body.method,
    receivedAt: body.receivedAt ? new Date(body.receivedAt).toISOString() : at.toISOString(),
    recordedAt: at.toISOString(),
    recordedBy: { role: actor.principal.role, subject: actor.principal.subject },
    ...(body.payer ? { payer: body.payer } : {}),
  };

  let unmatchedReason: string | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    let write: PaymentWrite;
    const target =
      !unmatchedReason && reference && isCreditorReference(reference)
        ? await deps.payments.getReference(tenant.tenantId, reference)
        : undefined;
    const topUp =
      target?.type === 'top-up' ? await deps.payments.getTopUp(tenant.tenantId, target.topUpId) : undefined;
    const purpose = target?.type === 'purpose' ? deps.purposes?.[target.purpose] : undefined;
    const due =
      purpose && target?.type === 'purpose' ? await purpose.due(tenant.tenantId, target) : undefined;
    if (target?.type === 'top-up' && topUp) {
      write = paymentForTopUp(actor, base, target, topUp, at);
    } else if (target?.type === 'purpose' && purpose && due) {
      write = await paymentForPurpose(actor, base, target, purpose, due, at);
    } else {
      if (!unmatchedReason && reference && deps.invoices) {
        const invoice = await deps.invoices.findByReference(tenant.tenantId, reference);
        if (invoice) {
          return {
            payment: paymentView(
              await deps.invoices.applyPayment(tenant.tenantId, { ...base, status: 'matched' }, invoice),
            ),
            duplicate: false,
          };
        }
      }
      const reason =
        unmatchedReason ??
        (reference
          ? 'The reference matches no pending top-up or invoice.'
          : 'The payment quotes no reference.');
      write = unmatched(actor, { ...base, status: 'unmatched', unmatchedReason: reason }, at);
    }
    try {
      await deps.payments.recordPayment(write);
      return { payment: paymentView(write.payment), duplicate: false };
    } catch (e) {
      if (!(e instanceof MoneyRefused)) throw e;
      if (e.tag === 'payment-exists') {
        const again = await deps.payments.getPayment(tenant.tenantId, body.paymentId);
        if (again) return duplicateOf(again, body);
        throw e;
      }
      if (e.tag === 'member' && target) {
        unmatchedReason =
          target.type === 'top-up'
            ? `The number ${target.msisdn} of the referenced top-up is no longer in its group.`
            : `The number ${target.msisdn} the reference pays for is no longer in its group.`;
        continue;
      }
      if (e.tag === 'state') continue; // what it pays changed meanwhile: decide again
      throw e;
    }
  }
  throw new Conflict(message('payment.top-up-kept-changing'));
}

function paymentForTopUp(
  actor: Actor,
  base: Omit<Payment, 'status'>,
  target: Extract<ReferenceTarget, { type: 'top-up' }>,
  topUp: TopUp,
  at: Date,
): PaymentWrite {
  const { tenant } = actor;
  const pending = topUp.status === 'pending';
  const { applied, overpayment } = splitPayment(base.amount, pending ? topUp.amount : undefined);
  const t: PaymentTarget = {
    type: 'top-up',
    topUpId: target.topUpId,
    groupId: target.groupId,
    msisdn: target.msisdn,
  };
  const payment: Payment = {
    ...base,
    status: 'matched',
    target: t,
    ...(applied.amount > 0 ? { applied } : {}),
    ...(overpayment.amount > 0 ? { overpayment } : {}),
  };
  const entry = (kind: 'top-up' | 'overpayment', amount: Money): LedgerEntry =>
    ledgerEntry(actor, target, kind, amount, kind === 'top-up' ? target.topUpId : base.paymentId, at);
  return {
    tenantId: tenant.tenantId,
    payment,
    topUp: {
      topUpId: topUp.topUpId,
      expectedStatus: pending ? 'pending' : 'completed',
      ...(pending
        ? { set: { credited: base.amount, completedAt: at.toISOString(), paymentId: base.paymentId } }
        : {}),
    },
    member: { groupId: target.groupId, msisdn: target.msisdn },
    credit: { msisdn: target.msisdn, amount: base.amount },
    entries: [
      ...(applied.amount > 0 ? [entry('top-up', applied)] : []),
      ...(overpayment.amount > 0 ? [entry('overpayment', overpayment)] : []),
    ],
    events: [
      receivedEvent(payment),
      {
        contract: BalanceToppedUp,
        data: {
          groupId: target.groupId,
          msisdn: target.msisdn,
          method: pending ? 'bank-transfer' : 'payment',
          amount: base.amount,
          topUpId: topUp.topUpId,
          paymentId: base.paymentId,
        },
      },
    ],
    at,
    correlationId: actor.correlationId,
  };
}

/**
 * A payment for another area's purpose: what is due is settled by the owner's writes, the rest
 * (all of it once the purpose is settled) becomes prepaid credit of the number, as for a top-up.
 */
async function paymentForPurpose(
  actor: Actor,
  base: Omit<Payment, 'status'>,
  target: PurposeTarget,
  owner: PaymentPurpose,
  due: Money,
  at: Date,
): Promise<PaymentWrite> {
  const { tenant } = actor;
  const { applied, overpayment } = splitPayment(base.amount, due);
  const payment: Payment = {
    ...base,
    status: 'matched',
    target: { type: 'number', groupId: target.groupId, msisdn: target.msisdn },
    purpose: { type: target.purpose, id: target.id },
    ...(applied.amount > 0 ? { applied } : {}),
    ...(overpayment.amount > 0 ? { overpayment } : {}),
  };
  const settlement =
    applied.amount > 0
      ? await owner.settle({
          tenantId: tenant.tenantId,
          timeZone: tenant.timeZone,
          target,
          paymentId: base.paymentId,
          applied,
          receivedAt: base.receivedAt,
          at,
          causedBy: causedBy(actor.principal),
          ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
        })
      : [];
  const credited = overpayment.amount > 0;
  return {
    tenantId: tenant.tenantId,
    payment,
    purpose: settlement,
    member: { groupId: target.groupId, msisdn: target.msisdn },
    ...(credited ? { credit: { msisdn: target.msisdn, amount: overpayment } } : {}),
    entries: credited ? [ledgerEntry(actor, target, 'overpayment', overpayment, base.paymentId, at)] : [],
    events: [
      receivedEvent(payment),
      ...(credited
        ? [
            {
              contract: BalanceToppedUp,
              data: {
                groupId: target.groupId,
                msisdn: target.msisdn,
                method: 'payment' as const,
                amount: overpayment,
                paymentId: base.paymentId,
              },
            },
          ]
        : []),
    ],
    at,
    correlationId: actor.correlationId,
  };
}

function ledgerEntry(
  actor: Actor,
  target: ReferenceTarget,
  kind: 'top-up' | 'overpayment',
  amount: Money,
  referenceId: string,
  at: Date,
): LedgerEntry {
  const { tenant } = actor;
  return creditEntry(
    {
      entryId: newId(),
      tenantId: tenant.tenantId,
      groupId: target.groupId,
      msisdn: target.msisdn,
      reference: { type: kind === 'top-up' ? 'top-up' : 'payment', id: referenceId },
      at,
      timeZone: tenant.timeZone,
      causedBy: causedBy(actor.principal),
      ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
    },
    kind,
    amount,
  );
}
