import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/** A number's spend reached the tenant's warning share of the ceiling that will bar it; an SMS warns. */
export const SpendingWarningReached = defineEvent({
  detailType: 'SpendingWarningReached',
  source: 'switchboard.usage',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    period: z.string(),
    ceiling: z.enum(['credit-limit', 'spending-cap']),
    spend: Money,
    /** The amount that bars. */
    at: Money,
  }),
});
