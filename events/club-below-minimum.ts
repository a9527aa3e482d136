import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * A business club fell below the package's minimum of members on monthly contracts. The club is
 * kept (flagged `below-minimum` for the administrator) until enough numbers join or it is
 * dissolved; written in the transaction of the departure that caused it.
 */
export const ClubBelowMinimum = defineEvent({
  detailType: 'ClubBelowMinimum',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    clubId: z.string(),
    memberCount: z.number().int(),
    minMembers: z.number().int(),
    /** When it fell below the minimum (ISO 8601 UTC). */
    since: z.string(),
  }),
});
