import type { Catalog, Fee } from '../catalog/domain.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import type { Money } from '../kernel/money.ts';
import type { Clawback } from './commitment.ts';

/**
 * One-time charges recorded for the group's next invoice, with the catalog's fee code so the
 * invoice line carries a stable code and a plain-language explanation. The billing period is
 * the calendar month (`YYYY-MM`) in the tenant's time zone at the moment of the change; the
 * invoice of that period (issued on the 1st of the next month) includes it.
 */
export const CHARGE_REASONS = [
  'new-number',
  'port-in',
  'holder-change',
  'early-termination',
  'termination',
  'port-out',
  'club-member',
  'reconnection',
] as const;
export type ChargeReason = (typeof CHARGE_REASONS)[number];

export interface OneTimeCharge {
  chargeId: string;
  groupId: string;
  /** The number the charge is about (E.164). */
  msisdn: string;
  period: string;
  code: string;
  kind: Fee['kind'];
  name: Record<string, string>;
  explanation: Record<string, string>;
  amount: Money;
  reason: ChargeReason;
  /** How the amount was computed, when it is not the catalog's flat fee. */
  detail?: { formula: string; remainingMonths?: number; monthlyBenefit?: Money };
  createdAt: string;
}

export interface ChargeContext {
  chargeId: string;
  groupId: string;
  msisdn: string;
  at: Date;
  timeZone: string;
}

/** The catalog's fee of `kind` as a charge; none when the catalog has no such fee or it is zero. */
export function feeCharge(
  catalog: Catalog,
  kind: Fee['kind'],
  reason: ChargeReason,
  ctx: ChargeContext,
): OneTimeCharge | undefined {
  const fee = catalog.fees.find((f) => f.kind === kind);
  if (!fee || fee.amount.amount === 0) return undefined;
  return {
    chargeId: ctx.chargeId,
    groupId: ctx.groupId,
    msisdn: ctx.msisdn,
    period: billingPeriod(ctx.at, ctx.timeZone),
    code: fee.code,
    kind: fee.kind,
    name: fee.name,
    explanation: fee.explanation,
    amount: fee.amount,
    reason,
    createdAt: ctx.at.toISOString(),
  };
}

/** Used when the catalog defines no `clawback-monthly-fee` fee: the clawback is still owed. */
const DEFAULT_CLAWBACK = {
  code: 'CLAWBACK-MONTHLY-FEE',
  name: { en: 'Early termination: return of the monthly discount' },
  explanation: {
    en: 'The subscription ended before its commitment period; the discount granted for the remaining months is charged back.',
  },
};

export function clawbackCharge(catalog: Catalog, clawback: Clawback, ctx: ChargeContext): OneTimeCharge {
  const fee = catalog.fees.find((f) => f.kind === 'clawback-monthly-fee');
  return {
    chargeId: ctx.chargeId,
    groupId: ctx.groupId,
    msisdn: ctx.msisdn,
    period: billingPeriod(ctx.at, ctx.timeZone),
    code: fee?.code ?? DEFAULT_CLAWBACK.code,
    kind: 'clawback-monthly-fee',
    name: fee?.name ?? DEFAULT_CLAWBACK.name,
    explanation: fee?.explanation ?? DEFAULT_CLAWBACK.explanation,
    amount: clawback.amount,
    reason: 'early-termination',
    detail: {
      formula: clawback.formula,
      remainingMonths: clawback.remainingMonths,
      monthlyBenefit: clawback.monthlyBenefit,
    },
    createdAt: ctx.at.toISOString(),
  };
}
