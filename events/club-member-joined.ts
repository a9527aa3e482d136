import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/** A number joined its group's business club (after the club was founded). */
export const ClubMemberJoined = defineEvent({
  detailType: 'ClubMemberJoined',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    clubId: z.string(),
    msisdn: z.string(),
    /** The club's members after the join. */
    memberCount: z.number().int(),
    status: z.enum(['active', 'below-minimum']),
    /** The club-member fee recorded for the next invoice, when the catalog sets one. */
    fee: Money.optional(),
  }),
});
