import * as z from 'zod';
import type { Policies } from '../catalog/domain.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import { type Money, percentOf } from '../kernel/money.ts';
import type { LineCategory, RatingDecision, UsageType } from '../rating/domain.ts';
import { USAGE_TYPES } from '../rating/domain.ts';

/**
 * Usage: what the network reports, rated once, charged once, and the spending control that stops a
 * number from running up a bill its customer cannot pay. Pure rules only; storage in `dynamo.ts`.
 *
 * **Spend** is a number's rated usage charges in the billing period: what it costs above its monthly
 * fees (plan and add-on fees, pack fees from first use, are invoiced, never counted as spend).
 * Two ceilings apply to it, each per number:
 * - the **credit limit** (collection assurance): the tenant's table for the number's tariff model,
 *   plus an approved permanent increase, plus temporary increases and deposits of the period. It
 *   bars only where the tenant's policy says so (`barOnCreditLimit`);
 * - the **spending cap** the administrator set for the number: it always bars.
 * A number is barred for outgoing use once its spend reaches a ceiling that bars; a warning SMS goes
 * out once per period when spend reaches the tenant's percentage of the lowest such ceiling. A new
 * period, a deposit, a raised limit or a raised or removed cap lifts the bar.
 */

export const MAX_RECORDS_PER_BATCH = 1000;
/** A record stamped further ahead than this (clock skew of the network) is refused. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const E164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as +38640100000');

/** One usage record as the network's mediation sends it. */
export const UsageRecordSchema = z.strictObject({
  /** Unique per tenant for ever: a record sent again is recognised by it and never rated twice. */
  recordId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/, 'must be 1–80 letters, digits, ., _, : or -'),
  msisdn: E164,
  type: z.enum(USAGE_TYPES),
  counterpart: E164.optional(),
  startedAt: z.iso.datetime({ message: 'must be an ISO 8601 UTC time such as 2026-11-05T10:00:00Z' }),
  /** Seconds (calls), messages (SMS, premium messages, donations) or bytes (data). */
  quantity: z
    .number()
    .int('must be a whole number of seconds, messages or bytes')
    .min(0)
    .max(1_099_511_627_776),
  visitedCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code')
    .optional(),
});
export type UsageRecordInput = z.infer<typeof UsageRecordSchema>;

export const REJECTION_REASONS = [
  'invalid',
  'duplicate-in-batch',
  'unknown-number',
  'period-closed',
  'in-future',
  'unratable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type RecordOutcome =
  | { recordId: string; status: 'accepted'; lineCode: string; charge: Money }
  | { recordId: string; status: 'duplicate' }
  | { recordId: string; status: 'rejected'; reason: RejectionReason; detail: string };

/**
 * Whether a record may still be rated: the open period is the tenant's current calendar month (the
 * bill run closes the previous one at 00:00 on the 1st); a record from the future is refused too.
 */
export function periodRefusal(
  startedAt: string,
  now: Date,
  timeZone: string,
): { reason: 'period-closed' | 'in-future'; detail: string } | undefined {
  const at = new Date(startedAt);
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    return { reason: 'in-future', detail: `starts after ${now.toISOString()}` };
  const open = billingPeriod(now, timeZone);
  const period = billingPeriod(at, timeZone);
  if (period < open)
    return { reason: 'period-closed', detail: `period ${period} is closed; ${open} is open` };
  return undefined;
}

/** The period a record belongs to, in the tenant's calendar. */
export const periodOf = (startedAt: string, timeZone: string): string =>
  billingPeriod(new Date(startedAt), timeZone);

export type BarReason = 'credit-limit' | 'spending-cap';

export interface Bar {
  reason: BarReason;
  since: string;
}

/** The ceilings that apply to one number in one period. */
export interface Ceilings {
  /** The credit limit in force; absent when the tenant's table has none for the tariff model. */
  limit?: Money;
  /** The limit bars (tenant policy). */
  barOnLimit: boolean;
  /** The administrator's monthly spending cap; null = none. */
  cap: Money | null;
  warnPercent: number;
}

export function ceilingsFor(
  limit: Money | undefined,
  cap: Money | null,
  policies: Pick<Policies, 'barOnCreditLimit' | 'spendingWarningPercent'>,
): Ceilings {
  return { limit, barOnLimit: policies.barOnCreditLimit, cap, warnPercent: policies.spendingWarningPercent };
}

/** The lowest ceiling that stops use, with the refusal it gives. */
export function bindingCeiling(c: Ceilings): { amount: number; reason: BarReason } | undefined {
  const candidates: { amount: number; reason: BarReason }[] = [];
  if (c.cap) candidates.push({ amount: c.cap.amount, reason: 'spending-cap' });
  if (c.limit && c.barOnLimit) candidates.push({ amount: c.limit.amount, reason: 'credit-limit' });
  candidates.sort((a, b) => a.amount - b.amount);
  return candidates[0];
}

/** Why the number is barred at this spend, if it is. A ceiling of zero bars from the first cent. */
export function barReason(spend: Money, c: Ceilings): BarReason | undefined {
  if (c.cap && spend.amount >= c.cap.amount && (spend.amount > 0 || c.cap.amount === 0))
    return 'spending-cap';
  if (c.limit && c.barOnLimit && spend.amount >= c.limit.amount && spend.amount > 0) return 'credit-limit';
  return undefined;
}

/** The spend at which the warning goes out: the tenant's percentage of the lowest barring ceiling. */
export function warningThreshold(c: Ceilings): Money | undefined {
  const binding = bindingCeiling(c);
  if (!binding || binding.amount === 0) return undefined;
  const currency = (c.cap ?? c.limit)!.currency;
  return percentOf({ amount: binding.amount, currency }, c.warnPercent * 100);
}

export interface SpendingChange {
  warn: boolean;
  bar?: BarReason;
  unbar: boolean;
}

/**
 * What changes when a number's spend is now `after` (after a record, or at the same spend when its
 * ceilings changed): a warning the first time the threshold is reached in the period, a bar when a
 * ceiling is reached, the bar lifted when no ceiling holds it any more.
 */
export function spendingChange(
  after: Money,
  ceilings: Ceilings,
  state: { warned: boolean; bar?: Bar },
): SpendingChange {
  const reason = barReason(after, ceilings);
  const threshold = warningThreshold(ceilings);
  const warn = !state.warned && !reason && threshold !== undefined && after.amount >= threshold.amount;
  return {
    warn,
    bar: reason && reason !== state.bar?.reason ? reason : undefined,
    unbar: !reason && state.bar !== undefined,
  };
}

/** What the network asks before it lets a number use a service. */
export const AuthorizationRequestSchema = z.strictObject({
  msisdn: E164,
  type: z.enum(USAGE_TYPES),
  counterpart: E164.optional(),
  /** Seconds, messages or bytes wanted. */
  quantity: z.number().int().min(1).max(1_099_511_627_776),
  visitedCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type AuthorizationRequest = z.infer<typeof AuthorizationRequestSchema>;

export const REFUSALS = [
  'unknown-number',
  'barred',
  'suspended',
  'service-off',
  'premium-barred',
  'no-credit',
  'limit-reached',
  'cap-reached',
  'unratable',
] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface AuthorizationDecision {
  granted: number;
  /** Why less than asked (or nothing) was granted. */
  reason?: Refusal;
  /** What the granted quantity costs above the included units. */
  charge?: Money;
}

type Settings = {
  voice: boolean;
  sms: boolean;
  data: boolean;
  roaming: boolean;
  international: boolean;
  premiumRate: boolean;
};

const SERVICE_OF: Record<UsageType, 'voice' | 'sms' | 'data'> = {
  voice: 'voice',
  sms: 'sms',
  data: 'data',
  'premium-call': 'voice',
  'premium-sms': 'sms',
  donation: 'sms',
};

const PREMIUM_CATEGORIES: readonly LineCategory[] = ['premium', 'donation'];

/** The administrator's service settings as the network must apply them to a request. */
export function settingsRefusal(
  request: Pick<AuthorizationRequest, 'type' | 'visitedCountry'>,
  category: LineCategory,
  settings: Settings,
): Refusal | undefined {
  if (!settings[SERVICE_OF[request.type]]) return 'service-off';
  if (request.visitedCountry && !settings.roaming) return 'service-off';
  if (PREMIUM_CATEGORIES.includes(category) && !settings.premiumRate) return 'premium-barred';
  if (category === 'international' && !settings.international) return 'service-off';
  return undefined;
}

/**
 * The largest quantity, up to what was asked, whose charge fits the room left under the ceilings and
 * (for a prepaid number) the balance. `rate(q)` rates `q` units against the current allowance state.
 * Charges grow with quantity, so the search is a bisection over the quantity.
 */
export function grantable(
  asked: number,
  rate: (quantity: number) => RatingDecision,
  rooms: { amount: number; reason: Refusal }[],
): AuthorizationDecision {
  const full = rate(asked);
  const binding = [...rooms].sort((a, b) => a.amount - b.amount)[0];
  if (!binding || full.charge.amount <= binding.amount) return { granted: asked, charge: full.charge };
  let lo = 0;
  let hi = asked;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (rate(mid).charge.amount <= binding.amount) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return { granted: 0, reason: binding.reason };
  return { granted: lo, reason: binding.reason, charge: rate(lo).charge };
}

/** Charges of one period by category, for the usage view and the invoice. */
export type ChargesByCategory = Partial<Record<LineCategory, number>>;
