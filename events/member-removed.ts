import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/**
 * A member's subscription ended (terminated by the admin, or ported out). The number is released;
 * its remaining prepaid credit went back to the admin's number in the same transaction (a
 * `CreditTransferred` event).
 */
export const MemberRemoved = defineEvent({
  detailType: 'MemberRemoved',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    plan: z.string(),
    reason: z.enum(['termination', 'port-out']),
    /** The clawback charged for an early termination, if any. */
    clawback: Money.optional(),
  }),
});
