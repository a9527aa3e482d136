import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * A number left its group's business club: taken out by the administrator (`left`), removed from
 * the group (`removed`), moved to a plan that does not count for a club (`plan-change`) or passed
 * to another holder (`holder-change`). Calls with the club's numbers are no longer free.
 */
export const ClubMemberLeft = defineEvent({
  detailType: 'ClubMemberLeft',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    clubId: z.string(),
    msisdn: z.string(),
    reason: z.enum(['left', 'removed', 'plan-change', 'holder-change']),
    /** The club's members after the departure. */
    memberCount: z.number().int(),
    status: z.enum(['active', 'below-minimum', 'dissolving']),
  }),
});
