import type { Plan } from '../catalog/domain.ts';
import { addMonths } from '../kernel/calendar.ts';
import { formatMoney, type Money, money, multiplyRatio } from '../kernel/money.ts';

/**
 * Commitments (minimum contract periods) and the proportional clawback of the benefit granted
 * for them. Dates are calendar dates (`YYYY-MM-DD`) in the tenant's time zone.
 *
 * - A commitment starts on the day the member joins the committed plan and ends on the same day
 *   `months` later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb).
 * - It is active on every day before its end date.
 * - Remaining months on day T = months − the number of whole months elapsed since the start;
 *   the month in progress counts as remaining.
 * - Clawback on early termination = remaining months × monthly benefit, computed as the total
 *   benefit × remaining / months with the single rounding rule of `money.ts` (exact here, since
 *   every factor is an integer).
 */
export interface Commitment {
  plan: string;
  months: number;
  startsOn: string;
  endsOn: string;
  monthlyBenefit?: Money;
}

export function commitmentFor(plan: Plan, today: string): Commitment | undefined {
  if (plan.commitmentMonths <= 0) return undefined;
  return {
    plan: plan.code,
    months: plan.commitmentMonths,
    startsOn: today,
    endsOn: addMonths(today, plan.commitmentMonths),
    ...(plan.monthlyBenefit ? { monthlyBenefit: plan.monthlyBenefit } : {}),
  };
}

export function isCommitmentActive(c: Commitment | undefined, today: string): c is Commitment {
  return !!c && today < c.endsOn;
}

export function remainingMonths(c: Commitment, today: string): number {
  if (today >= c.endsOn) return 0;
  let elapsed = 0;
  while (elapsed < c.months && addMonths(c.startsOn, elapsed + 1) <= today) elapsed++;
  return c.months - elapsed;
}

export interface Clawback {
  amount: Money;
  remainingMonths: number;
  monthlyBenefit: Money;
  formula: string;
}

/** The clawback owed when the subscription ends on `today`; undefined when nothing is owed. */
export function clawbackFor(c: Commitment | undefined, today: string): Clawback | undefined {
  if (!isCommitmentActive(c, today) || !c.monthlyBenefit || c.monthlyBenefit.amount === 0) return undefined;
  const remaining = remainingMonths(c, today);
  if (remaining === 0) return undefined;
  const benefit = c.monthlyBenefit;
  const totalBenefit = money(benefit.amount * c.months, benefit.currency);
  const amount = multiplyRatio(totalBenefit, remaining, c.months);
  const fmt = (m: Money) => formatMoney(m, 'en');
  return {
    amount,
    remainingMonths: remaining,
    monthlyBenefit: benefit,
    formula:
      `${remaining} remaining commitment months × ${fmt(benefit)} monthly benefit = ${fmt(amount)} ` +
      `(commitment of ${c.months} months on plan ${c.plan}, ${c.startsOn} to ${c.endsOn}, ended on ${today})`,
  };
}
