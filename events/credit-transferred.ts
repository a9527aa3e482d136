import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int().positive(), currency: z.string() });

/** Prepaid credit moved between the group's administrator number and a member's number. */
export const CreditTransferred = defineEvent({
  detailType: 'CreditTransferred',
  source: 'switchboard.money',
  version: '1.0',
  schema: z.object({
    transferId: z.string(),
    groupId: z.string(),
    /** E.164 numbers. */
    from: z.string(),
    to: z.string(),
    direction: z.enum(['admin-to-member', 'member-to-admin']),
    amount: Money,
    note: z.string().optional(),
    /** The member's number (E.164): the side that is not the administrator. */
    member: z.string(),
  }),
});
