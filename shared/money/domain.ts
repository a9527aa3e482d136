import * as z from 'zod';
import type { Policies } from '../catalog/domain.ts';
import type { CausedBy } from '../kernel/actor.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import { InvalidInput, RuleViolation } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { assertCurrency, CurrencySchema, type Money } from '../kernel/money.ts';
import { text } from '../kernel/text.ts';

/**
 * Prepaid credit: balances, the immutable ledger and credit transfers between the administrator
 * and a member. Pure rules and shapes; no I/O.
 *
 * - Every movement of credit is one or more ledger entries, written in the same DynamoDB
 *   transaction as the balance change they describe: for every number, the sum of its entries'
 *   `amount` equals its balance.
 * - A balance never goes below zero: a debit carries the condition `balance >= amount`.
 * - A transfer goes between the group's administrator number and one of its member numbers, in
 *   either direction, and is always made by the administrator.
 */

/** A money amount that must be strictly positive (transfers, top-ups, payments). */
export const PositiveMoneySchema = z
  .object({
    amount: z.number().int('must be an integer number of minor units').positive('must be positive').safe(),
    currency: CurrencySchema,
  })
  .strict();

export const E164Schema = z
  .string()
  .regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as +38640100000');

/** A billing period, `YYYY-MM`, in the tenant's time zone. */
export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-03');

export const TransferBodySchema = z.strictObject({
  /** E.164: the administrator's number or a member's. */
  from: E164Schema,
  to: E164Schema,
  amount: PositiveMoneySchema,
  /** Shown on both numbers' statements. */
  note: text({ max: 140 }).optional(),
});
export type TransferBody = z.infer<typeof TransferBodySchema>;

export const LEDGER_KINDS = [
  'transfer-out',
  'transfer-in',
  'top-up',
  'voucher',
  'payment',
  'overpayment',
  'usage',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const REFERENCE_TYPES = ['transfer', 'top-up', 'payment', 'usage'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export interface LedgerEntry {
  entryId: string;
  tenantId: string;
  groupId: string;
  /** The number whose balance changed (E.164). */
  msisdn: string;
  kind: LedgerKind;
  /** Signed: positive credits the balance, negative debits it. */
  amount: Money;
  reference: { type: ReferenceType; id: string };
  /** The other number of a transfer (E.164). */
  counterparty?: string;
  note?: string;
  /** ISO 8601 UTC. */
  at: string;
  /** Billing period (`YYYY-MM`, tenant time zone) the entry belongs to. */
  period: string;
  causedBy: CausedBy;
  correlationId?: string;
}

export type TransferDirection = 'admin-to-member' | 'member-to-admin';

export interface TransferDecision {
  direction: TransferDirection;
  /** The member's number (E.164): the side that is not the administrator. */
  member: string;
}

/**
 * Checks a transfer request against the rules that need no database: the tenant currency, the
 * administrator on one side and a different number on the other, and the per-transfer and
 * per-day limits of the tenant's policy (a single transfer larger than the day's limit can
 * never pass). The rest (the actor is still the admin, the member belongs to the group, enough
 * credit, the day's running total) is checked by conditions in the transfer's transaction.
 */
export function decideTransfer(
  body: TransferBody,
  adminMsisdn: string,
  currency: string,
  limits: Policies['transfers'],
): TransferDecision {
  assertCurrency(body.amount, currency, 'body.amount.currency');
  if (body.from === body.to) throw InvalidInput.field('body.to', message('field.must-differ-from-sender'));
  const direction: TransferDirection | undefined =
    body.from === adminMsisdn ? 'admin-to-member' : body.to === adminMsisdn ? 'member-to-admin' : undefined;
  if (!direction) {
    throw new RuleViolation(message('transfer.direction'), 'body.from');
  }
  const limit = Math.min(limits.maxPerTransfer, limits.maxPerDay);
  if (body.amount.amount > limit) {
    throw new RuleViolation(
      message('transfer.over-single-limit', { limit: { amount: limit, currency } }),
      'body.amount.amount',
      { limit: { amount: limit, currency } },
    );
  }
  return { direction, member: direction === 'admin-to-member' ? body.to : body.from };
}

/**
 * The group's daily transfer limit (the tenant policy `transfers.maxPerDay`, in the tenant's
 * calendar day). The day's running total is kept by the transaction: a transfer of `amount` goes
 * through only while the total before it is at most `maxPerDay - amount`.
 */
export function dailyRoom(maxPerDay: number, amount: number): number {
  return maxPerDay - amount;
}

/** The refusal when the day's total would pass the limit, with what is left for today. */
export function dailyLimitExceeded(
  maxPerDay: number,
  transferredToday: number,
  currency: string,
): RuleViolation {
  return new RuleViolation(
    message('transfer.over-daily-limit', { limit: { amount: maxPerDay, currency } }),
    'body.amount.amount',
    {
      limit: { amount: maxPerDay, currency },
      transferredToday: { amount: transferredToday, currency },
      remainingToday: { amount: Math.max(0, maxPerDay - transferredToday), currency },
    },
  );
}

export interface TransferFacts {
  transferId: string;
  tenantId: string;
  groupId: string;
  from: string;
  to: string;
  amount: Money;
  note?: string;
  at: Date;
  timeZone: string;
  causedBy: CausedBy;
  correlationId?: string;
  ids: [outId: string, inId: string];
}

/** The two entries of a transfer: the debit of `from` and the credit of `to`; they sum to zero. */
export function transferEntries(f: TransferFacts): [LedgerEntry, LedgerEntry] {
  const common = {
    tenantId: f.tenantId,
    groupId: f.groupId,
    reference: { type: 'transfer' as const, id: f.transferId },
    ...(f.note ? { note: f.note } : {}),
    at: f.at.toISOString(),
    period: billingPeriod(f.at, f.timeZone),
    causedBy: f.causedBy,
    ...(f.correlationId ? { correlationId: f.correlationId } : {}),
  };
  return [
    {
      ...common,
      entryId: f.ids[0],
      msisdn: f.from,
      kind: 'transfer-out',
      amount: { amount: -f.amount.amount, currency: f.amount.currency },
      counterparty: f.to,
    },
    {
      ...common,
      entryId: f.ids[1],
      msisdn: f.to,
      kind: 'transfer-in',
      amount: f.amount,
      counterparty: f.from,
    },
  ];
}

/** A credit entry (top-up, voucher, payment, overpayment) of one number. */
export function creditEntry(
  base: Omit<LedgerEntry, 'kind' | 'amount' | 'period' | 'at'> & { at: Date; timeZone: string },
  kind: Exclude<LedgerKind, 'transfer-out' | 'transfer-in'>,
  amount: Money,
): LedgerEntry {
  if (amount.amount <= 0) throw new Error(`a credit entry needs a positive amount, got ${amount.amount}`);
  const { at, timeZone, ...rest } = base;
  return { ...rest, kind, amount, at: at.toISOString(), period: billingPeriod(at, timeZone) };
}

/** The sum of entries per number: what every balance must equal. */
export function sumByNumber(entries: Pick<LedgerEntry, 'msisdn' | 'amount'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.msisdn, (out.get(e.msisdn) ?? 0) + e.amount.amount);
  return out;
}

/** The statement line the admin sees (the causing principal's subject is internal). */
export function ledgerView(e: LedgerEntry) {
  return {
    entryId: e.entryId,
    msisdn: e.msisdn,
    kind: e.kind,
    amount: e.amount,
    reference: e.reference,
    ...(e.counterparty ? { counterparty: e.counterparty } : {}),
    ...(e.note ? { note: e.note } : {}),
    at: e.at,
    period: e.period,
    causedBy: { role: e.causedBy.role, ...(e.causedBy.msisdn ? { msisdn: e.causedBy.msisdn } : {}) },
  };
}
