import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/**
 * The operator decided a number's credit-limit increase request under its risk policy: approved
 * (the raise itself is also a `CreditLimitChanged`) or rejected, with the reason it recorded.
 * The customer is told by SMS.
 */
export const CreditLimitRequestDecided = defineEvent({
  detailType: 'CreditLimitRequestDecided',
  source: 'switchboard.credit-limits',
  version: '1.0',
  schema: z.object({
    requestId: z.string(),
    groupId: z.string(),
    /** E.164. */
    msisdn: z.string(),
    kind: z.enum(['permanent', 'temporary']),
    amount: Money,
    decision: z.enum(['approved', 'rejected']),
    /** Required for a rejection. */
    reason: z.string().optional(),
    /** Approved: the billing period (`YYYY-MM`, tenant calendar) it applies to (from, for a permanent one). */
    period: z.string().optional(),
  }),
});
