import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/**
 * Outgoing services of one number are barred: its spend in the period reached its credit limit (the
 * tenant bars at the limit) or the spending cap its administrator set. The operator's provisioning
 * system applies it on the network; the customer is told by SMS.
 */
export const NumberBarred = defineEvent({
  detailType: 'NumberBarred',
  source: 'switchboard.usage',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    period: z.string(),
    reason: z.enum(['credit-limit', 'spending-cap']),
    spend: Money,
    ceiling: Money,
  }),
});
