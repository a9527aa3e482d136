import { CreditLimitChanged } from '../../events/credit-limit-changed.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import type { Money } from '../kernel/money.ts';
import { type Deposit, depositRecord, raisePeriod } from './domain.ts';
import type { DepositCompletion, NumberLimits } from './ports.ts';

/**
 * A deposit paid with `paid` at `at`: it raises the limit of the billing period that contains
 * `at` (tenant calendar), whenever the deposit was asked for, and is kept for that period's
 * invoice. `limits` is the number's read of that period (`CreditLimitRepository.limitsOf`).
 */
export function completeDeposit(
  deposit: Deposit,
  paid: Money,
  at: Date,
  timeZone: string,
  limits: NumberLimits,
  how: { paidAt?: string; paymentId?: string } = {},
): DepositCompletion {
  const period = billingPeriod(at, timeZone);
  if (limits.period && limits.period.period !== period) {
    throw new Error(`deposit ${deposit.depositId} completes in ${period}, not ${limits.period.period}`);
  }
  const completedAt = at.toISOString();
  const completed: Deposit & { status: 'completed' } = {
    ...deposit,
    status: 'completed',
    paid,
    period,
    paidAt: how.paidAt ?? completedAt,
    completedAt,
    ...(how.paymentId ? { paymentId: how.paymentId } : {}),
  };
  return {
    deposit: completed,
    change: {
      item: 'period',
      next: raisePeriod(limits.period, deposit.groupId, deposit.msisdn, period, 'deposits', paid),
      ...(limits.period ? { expectedVersion: limits.period.version } : {}),
    },
    record: depositRecord(completed),
    event: {
      contract: CreditLimitChanged,
      data: { groupId: deposit.groupId, msisdn: deposit.msisdn, period, reason: 'deposit', amount: paid },
    },
  };
}
