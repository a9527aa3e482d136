import { BalanceToppedUp } from '../../../events/balance-topped-up.ts';

import { PaymentReceived } from '../../../events/payment-received.ts';
import type { DomainEvent } from '../../db/outbox.ts';
import type { Page } from '../../db/pagination.ts';
import type { GroupRepository } from '../../groups/ports.ts';
import { accessGroup, auditEntry, requireAdmin, requireGroupReader } from '../../groups/use-cases/groups.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import type { Clock } from '../../kernel/clock.ts';
import { Conflict, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { assertCurrency, type Money } from '../../kernel/money.ts';
import { creditEntry, type LedgerEntry } from '../domain.ts';
import {
  decidePaymentSettings,
  isCreditorReference,
  normalizeReference,
  type Payment,
  type PaymentBody,
  type PaymentSettingsInput,
  type PaymentTarget,
  paymentSettingsView,
  paymentView,
  samePayment,
  splitPayment,
  type TopUp,
} from '../payments.ts';

import { MoneyRefused, type PaymentRepository, type PaymentWrite, type ReferenceTarget } from '../ports.ts';
import { explainAdminRefusal } from './money.ts';

/**
 * Payments received (bank, payment provider, operator), their matching, the operator's
 * resolution of unmatched ones, and the group's payment settings.
 */
export interface PaymentDeps {
  payments: PaymentRepository;
  groups: GroupRepository;
  clock: Clock;
  /** The invoices area, once it exists: payments quoting an invoice's reference are applied there. */
  invoices?: InvoicePayments;
}

/**
 * Seam for invoices (a later issue): a reference that names an open invoice is handed over whole;
 * the invoices area records the payment (same `paymentKeys.payment` item, so a second delivery is
 * still recognised), applies it, turns any overpayment into credit, and emits `PaymentReceived`
 * with an `invoice` target, in one transaction. Until then such payments are kept as unmatched.
 */
export interface InvoicePayments {
  findByReference(
    tenantId: string,
    reference: string,
  ): Promise<{ invoiceId: string; groupId: string } | undefined>;
  applyPayment(
    tenantId: string,
    payment: Payment,
    invoice: { invoiceId: string; groupId: string },
  ): Promise<Payment>;
}

export type PaymentView = ReturnType<typeof paymentView>;

function duplicateOf(existing: Payment, body: PaymentBody): { payment: PaymentView; duplicate: true } {
  if (!samePayment(existing, body)) {
    throw new Conflict('A payment with this id was already recorded with another amount or reference.', {
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
    const topUp = target ? await deps.payments.getTopUp(tenant.tenantId, target.topUpId) : undefined;
    if (target && topUp) {
      write = paymentForTopUp(actor, base, target, topUp, at);
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
        unmatchedReason = `The number ${target.msisdn} of the referenced top-up is no longer in its group.`;
        continue;
      }
      if (e.tag === 'state') continue; // the top-up changed meanwhile: decide again
      throw e;
    }
  }
  throw new Conflict('The payment could not be recorded because its top-up kept changing; retry.');
}

function paymentForTopUp(
  actor: Actor,
  base: Omit<Payment, 'status'>,
  target: ReferenceTarget,
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
    creditEntry(
      {
        entryId: newId(),
        tenantId: tenant.tenantId,
        groupId: target.groupId,
        msisdn: target.msisdn,
        reference:
          kind === 'top-up'
            ? { type: 'top-up', id: target.topUpId }
            : { type: 'payment', id: base.paymentId },
        at,
        timeZone: tenant.timeZone,
        causedBy: causedBy(actor.principal),
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      },
      kind,
      amount,
    );
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

function unmatched(actor: Actor, payment: Payment, at: Date): PaymentWrite {
  return {
    tenantId: actor.tenant.tenantId,
    payment,
    entries: [],
    events: [receivedEvent(payment)],
    at,
    correlationId: actor.correlationId,
  };
}

function receivedEvent(p: Payment): DomainEvent {
  return {
    contract: PaymentReceived,
    data: {
      paymentId: p.paymentId,
      amount: p.amount,
      ...(p.reference ? { reference: p.reference } : {}),
      receivedAt: p.receivedAt,
      status: p.status,
      ...(p.target ? { target: p.target } : {}),
      ...(p.applied ? { applied: p.applied } : {}),
      ...(p.overpayment ? { overpayment: p.overpayment } : {}),
    },
  };
}

export async function getPayment(
  deps: Pick<PaymentDeps, 'payments'>,
  actor: Actor,
  paymentId: string,
): Promise<PaymentView> {
  const p = await deps.payments.getPayment(actor.tenant.tenantId, paymentId);
  if (!p) throw new NotFound('No such payment.');
  return paymentView(p);
}

export async function listUnmatchedPayments(
  deps: Pick<PaymentDeps, 'payments'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<PaymentView>> {
  const page = await deps.payments.listUnmatched(actor.tenant.tenantId, limit, cursor);
  return { items: page.items.map(paymentView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

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
  if (!p) throw new NotFound('No such payment.');
  if (sameTarget(p)) return paymentView(p);
  if (p.status !== 'unmatched')
    throw new Conflict(`This payment is already ${p.status}.`, { paymentStatus: p.status });
  if (p.amount.currency !== tenant.currency) {
    throw new RuleViolation(
      `This payment is in ${p.amount.currency}; it cannot become credit in ${tenant.currency}.`,
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
      throw new RuleViolation(`${body.msisdn} is not an active number of this group.`, 'body.msisdn');
    if (e.tag === 'state') {
      const now = await deps.payments.getPayment(tenant.tenantId, paymentId);
      if (now && sameTarget(now)) return paymentView(now);
      throw new Conflict(`This payment is already ${now?.status ?? 'gone'}.`);
    }
    throw e;
  }
  return paymentView(assigned);
}

// ----- payment settings --------------------------------------------------------------------------

export async function getPaymentSettings(
  deps: Pick<PaymentDeps, 'payments' | 'groups'>,
  actor: Actor,
  groupId: string,
) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireGroupReader(access);
  const settings = (await deps.payments.getSettings(actor.tenant.tenantId, groupId)) ?? {
    method: 'manual' as const,
  };
  return paymentSettingsView(settings, access.viewer);
}

/** Only the group's admin: direct debit from the group's IBAN under a mandate, or manual payment; audited. */
export async function putPaymentSettings(
  deps: PaymentDeps,
  actor: Actor,
  groupId: string,
  input: PaymentSettingsInput,
) {
  const { tenant } = actor;
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const at = deps.clock.now();
  const before = await deps.payments.getSettings(tenant.tenantId, groupId);
  const settings = decidePaymentSettings(
    input,
    access.group.iban,
    localDate(at, tenant.timeZone),
    at.toISOString(),
    actor.principal.subject,
  );
  const summary = (s: typeof settings | undefined) =>
    s
      ? { method: s.method, ...(s.method === 'direct-debit' ? { mandate: s.mandate } : {}) }
      : { method: 'manual' };
  try {
    await deps.payments.putSettings({
      tenantId: tenant.tenantId,
      groupId,
      admin: access.msisdn,
      settings,
      audit: auditEntry(
        actor,
        at,
        groupId,
        'payment-settings.changed',
        'group',
        summary(before),
        summary(settings),
      ),
    });
  } catch (e) {
    if (e instanceof MoneyRefused && e.tag === 'admin')
      return explainAdminRefusal(deps, tenant.tenantId, groupId, false);
    throw e;
  }
  return paymentSettingsView(settings, 'admin');
}
