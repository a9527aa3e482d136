import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/**
 * A number's credit limit was raised for a billing period or for good: a deposit was paid, or an
 * increase request was approved. Spending control re-evaluates the number (and lifts a bar).
 */
export const CreditLimitChanged = defineEvent({
  detailType: 'CreditLimitChanged',
  source: 'switchboard.credit-limits',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    /** `YYYY-MM` in the tenant's calendar: the period the change applies to (from, for a permanent one). */
    period: z.string(),
    reason: z.enum(['deposit', 'permanent-increase', 'temporary-increase']),
    amount: Money,
  }),
});
