import * as z from 'zod';
import { GroupIdSchema, IdDocumentSchema } from '../groups/domain.ts';
import type { CausedBy } from '../kernel/actor.ts';
import { addMonths } from '../kernel/calendar.ts';
import { Conflict } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { type Money, money, zero } from '../kernel/money.ts';
import { text } from '../kernel/text.ts';
import { E164Schema, PositiveMoneySchema } from '../money/domain.ts';

/**
 * Collection assurance: what raises a number's credit limit above the tenant's table for its
 * tariff model (the table itself is the catalog's `creditLimits`; the usage area adds these
 * adjustments to it). Pure rules and shapes; no I/O.
 *
 * - A **deposit** raises the number's limit for one billing period by what was paid, in the
 *   period (tenant calendar) in which it is paid: the bank's report of the payment, or the
 *   operator recording a payment at a shop. Each paid deposit is also kept for the group's
 *   invoice of that period, which credits it and carries what is unused over to the next one.
 * - An **increase request** (permanent, or temporary for the current period) is made by the
 *   group's admin with references to its documents and decided by the operator under its risk
 *   policy, with a reason (required for a refusal). At most one request per number every two
 *   months, counted from the day of the request in the tenant's calendar, whatever its outcome.
 * - Everything belongs to the number while it is in its group: a number that moves to another
 *   holder starts again from the table, with none of the previous holder's increases or deposits.
 */

/** The payment purpose of a deposit (money's `PurposeTarget.purpose`). */
export const DEPOSIT_PURPOSE = 'credit-limit-deposit';

/** How often a number may ask for an increase: once in this many calendar months. */
export const REQUEST_INTERVAL_MONTHS = 2;

// ----- input shapes ------------------------------------------------------------------------------

export const DepositBodySchema = z.strictObject({
  /** The deposit customer care stated. */
  amount: PositiveMoneySchema,
  /** How it is paid: a bank transfer quoting the payment reference of the answer. */
  method: z.enum(['bank-transfer']),
});
export type DepositBody = z.infer<typeof DepositBodySchema>;

export const ShopDepositBodySchema = z.strictObject({
  groupId: GroupIdSchema,
  /** E.164: the number whose limit the deposit raises. */
  msisdn: E164Schema,
  amount: PositiveMoneySchema,
  /** When the customer paid at the shop (ISO 8601); not in the future. */
  paidAt: z.iso.datetime({ offset: true }),
  /** The shop's receipt number. */
  receipt: text({ max: 64 }).optional(),
});
export type ShopDepositBody = z.infer<typeof ShopDepositBodySchema>;

/** A stored document: a reference to its copy in the operator's document store, never the image. */
const DocumentReferenceSchema = z.strictObject({ reference: IdDocumentSchema.shape.reference });

export const RequestDocumentsSchema = z.strictObject({
  /** The person the company authorised, and their identity document (type, number, the copy's reference). */
  authorisedPerson: z.strictObject({ name: text({ max: 120 }), idDocument: IdDocumentSchema }),
  /** The written request bearing the company stamp. */
  stampedRequest: DocumentReferenceSchema,
});

export const IncreaseRequestBodySchema = z.discriminatedUnion('kind', [
  /** For good, from its approval: a written request with the documents. */
  z.strictObject({
    kind: z.literal('permanent'),
    amount: PositiveMoneySchema,
    documents: RequestDocumentsSchema,
    note: text({ max: 500 }).optional(),
  }),
  /** For the billing period in which it is approved. */
  z.strictObject({
    kind: z.literal('temporary'),
    amount: PositiveMoneySchema,
    documents: RequestDocumentsSchema.optional(),
    note: text({ max: 500 }).optional(),
  }),
]);
export type IncreaseRequestBody = z.infer<typeof IncreaseRequestBodySchema>;

export const DecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), reason: text({ max: 500 }).optional() }),
  /** A refusal under the risk policy always says why. */
  z.strictObject({ decision: z.literal('reject'), reason: text({ max: 500 }) }),
]);
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

// ----- entities ----------------------------------------------------------------------------------

export type DepositMethod = 'bank-transfer' | 'shop';

export interface Deposit {
  depositId: string;
  groupId: string;
  /** E.164. */
  msisdn: string;
  method: DepositMethod;
  /** `pending` until paid (bank transfer); a shop deposit is recorded `completed`. */
  status: 'pending' | 'completed';
  /** What customer care stated. */
  amount: Money;
  /** What was paid towards it and raised the limit (a short payment raises it by what was paid). */
  paid?: Money;
  /** The billing period whose limit it raised. */
  period?: string;
  paymentReference?: string;
  paymentId?: string;
  receipt?: string;
  paidAt?: string;
  createdAt: string;
  completedAt?: string;
  createdBy: CausedBy;
}

/**
 * Statuses of a deposit as the invoice of its period consumes it: `open` until an invoice credits
 * it; then `credited` (used up) or `carried-over` (what was left moves to the next period's
 * invoice, as a record of that period).
 */
export const DEPOSIT_RECORD_STATUSES = ['open', 'credited', 'carried-over'] as const;
export type DepositRecordStatus = (typeof DEPOSIT_RECORD_STATUSES)[number];

/** A paid deposit, kept on the group for the invoice of the period in which it was paid. */
export interface DepositRecord {
  depositId: string;
  groupId: string;
  msisdn: string;
  period: string;
  method: DepositMethod;
  /** What was paid. */
  amount: Money;
  /** What the invoices have not used yet (the whole amount while `open`). */
  remaining: Money;
  status: DepositRecordStatus;
  paidAt: string;
  completedAt: string;
  paymentId?: string;
  receipt?: string;
}

export type RequestKind = 'permanent' | 'temporary';
export type RequestStatus = 'pending' | 'approved' | 'rejected';

export interface IncreaseRequest {
  requestId: string;
  groupId: string;
  msisdn: string;
  kind: RequestKind;
  amount: Money;
  documents?: z.infer<typeof RequestDocumentsSchema>;
  note?: string;
  status: RequestStatus;
  /** The day of the request in the tenant's calendar (the two-month rule counts from it). */
  requestedOn: string;
  requestedAt: string;
  requestedBy: CausedBy;
  decidedAt?: string;
  decidedBy?: CausedBy;
  reason?: string;
  /** Approved: the billing period the increase applies to (from, for a permanent one). */
  period?: string;
}

/** A number's standing in its group: its permanent increase and its last increase request. */
export interface NumberStanding {
  groupId: string;
  msisdn: string;
  permanentIncrease: Money;
  lastRequestOn?: string;
  /** The first day (tenant calendar) on which the number may ask again. */
  nextRequestFrom?: string;
  /** Optimistic lock: +1 on every change. */
  version: number;
}

/** A number's adjustments of one billing period. */
export interface PeriodAdjustments {
  groupId: string;
  msisdn: string;
  period: string;
  temporaryIncrease: Money;
  deposits: Money;
  version: number;
}

// ----- rules -------------------------------------------------------------------------------------

/** An item of the number as its current holder sees it: one of a previous holder counts as none. */
export function heldBy<T extends { groupId: string }>(item: T | undefined, groupId: string): T | undefined {
  return item?.groupId === groupId ? item : undefined;
}

const amountIn = (m: Money | undefined, currency: string): Money =>
  m && m.currency === currency ? money(m.amount, currency) : zero(currency);

/**
 * What raises the number's limit in `period`: only items of the group that owns the number now
 * count (none when no group owns it).
 */
export function adjustmentsOf(
  owner: { groupId: string; status: string } | undefined,
  standing: NumberStanding | undefined,
  adjustments: PeriodAdjustments | undefined,
  currency: string,
): { permanentIncrease: Money; temporaryIncrease: Money; deposits: Money } {
  const groupId = owner?.status === 'active' ? owner.groupId : undefined;
  const own = groupId ? heldBy(standing, groupId) : undefined;
  const ofPeriod = groupId ? heldBy(adjustments, groupId) : undefined;
  return {
    permanentIncrease: amountIn(own?.permanentIncrease, currency),
    temporaryIncrease: amountIn(ofPeriod?.temporaryIncrease, currency),
    deposits: amountIn(ofPeriod?.deposits, currency),
  };
}

/** A request on `today` is refused while the last one is less than two months old, naming the day it is allowed again. */
export function checkRequestWindow(standing: NumberStanding | undefined, today: string): void {
  const next = standing?.nextRequestFrom;
  if (next && today < next) {
    throw new Conflict(message('credit-limit.request-too-soon', { msisdn: standing.msisdn, date: next }), {
      nextRequestFrom: next,
    });
  }
}

/*
 * The changes below take the item as stored (`stored`, possibly a previous holder's, which then
 * counts as none) and give the item to write in its place; its version always moves on from the
 * stored one, so a writer that read the item before the change is refused.
 */

/** The standing after a request on `today`: the next one is allowed two calendar months later. */
export function afterRequest(
  stored: NumberStanding | undefined,
  groupId: string,
  msisdn: string,
  today: string,
  currency: string,
): NumberStanding {
  const own = heldBy(stored, groupId);
  return {
    groupId,
    msisdn,
    permanentIncrease: own?.permanentIncrease ?? zero(currency),
    lastRequestOn: today,
    nextRequestFrom: addMonths(today, REQUEST_INTERVAL_MONTHS),
    version: (stored?.version ?? 0) + 1,
  };
}

/** The standing after an approved permanent increase of `amount`. */
export function withPermanentIncrease(
  stored: NumberStanding | undefined,
  groupId: string,
  msisdn: string,
  amount: Money,
): NumberStanding {
  const own = heldBy(stored, groupId);
  return {
    groupId,
    msisdn,
    permanentIncrease: money((own?.permanentIncrease.amount ?? 0) + amount.amount, amount.currency),
    ...(own?.lastRequestOn ? { lastRequestOn: own.lastRequestOn } : {}),
    ...(own?.nextRequestFrom ? { nextRequestFrom: own.nextRequestFrom } : {}),
    version: (stored?.version ?? 0) + 1,
  };
}

/** The period's adjustments after a temporary increase or a deposit of `amount`. */
export function raisePeriod(
  stored: PeriodAdjustments | undefined,
  groupId: string,
  msisdn: string,
  period: string,
  by: 'temporaryIncrease' | 'deposits',
  amount: Money,
): PeriodAdjustments {
  const own = heldBy(stored, groupId);
  const next: PeriodAdjustments = {
    groupId,
    msisdn,
    period,
    temporaryIncrease: own?.temporaryIncrease ?? zero(amount.currency),
    deposits: own?.deposits ?? zero(amount.currency),
    version: (stored?.version ?? 0) + 1,
  };
  next[by] = money(next[by].amount + amount.amount, amount.currency);
  return next;
}

/** What is still due on a deposit: its amount while pending, nothing once paid. */
export const dueOn = (d: Deposit): Money => (d.status === 'pending' ? d.amount : zero(d.amount.currency));

/** The record the invoice of the deposit's period reads. */
export function depositRecord(d: Deposit & { status: 'completed' }): DepositRecord {
  const paid = d.paid ?? d.amount;
  return {
    depositId: d.depositId,
    groupId: d.groupId,
    msisdn: d.msisdn,
    period: d.period!,
    method: d.method,
    amount: paid,
    remaining: paid,
    status: 'open',
    paidAt: d.paidAt ?? d.completedAt!,
    completedAt: d.completedAt!,
    ...(d.paymentId ? { paymentId: d.paymentId } : {}),
    ...(d.receipt ? { receipt: d.receipt } : {}),
  };
}

// ----- views -------------------------------------------------------------------------------------

export function depositView(d: Deposit) {
  return {
    depositId: d.depositId,
    groupId: d.groupId,
    msisdn: d.msisdn,
    method: d.method,
    status: d.status,
    amount: d.amount,
    ...(d.paid ? { paid: d.paid } : {}),
    ...(d.period ? { period: d.period } : {}),
    ...(d.paymentReference ? { paymentReference: d.paymentReference } : {}),
    ...(d.paymentId ? { paymentId: d.paymentId } : {}),
    ...(d.receipt ? { receipt: d.receipt } : {}),
    ...(d.paidAt ? { paidAt: d.paidAt } : {}),
    createdAt: d.createdAt,
    ...(d.completedAt ? { completedAt: d.completedAt } : {}),
  };
}
export type DepositView = ReturnType<typeof depositView>;

/**
 * A request as its reader may see it: the admin and the operator (who decides it) see its
 * documents; a member reading its own number does not.
 */
export function requestView(r: IncreaseRequest, viewer: 'admin' | 'operator' | 'member') {
  return {
    requestId: r.requestId,
    groupId: r.groupId,
    msisdn: r.msisdn,
    kind: r.kind,
    amount: r.amount,
    ...(r.documents && viewer !== 'member' ? { documents: r.documents } : {}),
    ...(r.note ? { note: r.note } : {}),
    status: r.status,
    requestedOn: r.requestedOn,
    requestedAt: r.requestedAt,
    ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.period ? { period: r.period } : {}),
  };
}
export type RequestView = ReturnType<typeof requestView>;
