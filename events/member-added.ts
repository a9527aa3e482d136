import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** A number joined a group (a new number or a ported-in one); it is usable at once. */
export const MemberAdded = defineEvent({
  detailType: 'MemberAdded',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    role: z.enum(['admin', 'member']),
    plan: z.string(),
    addOns: z.array(z.string()),
    origin: z.enum(['new', 'port-in']),
    donorOperator: z.string().optional(),
    /** Commitment end date (tenant calendar), if the plan has one. */
    commitmentEndsOn: z.string().optional(),
  }),
});
