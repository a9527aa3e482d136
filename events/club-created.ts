import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The administrator founded the group's business club; calls between its numbers are free from now on. */
export const ClubCreated = defineEvent({
  detailType: 'ClubCreated',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    clubId: z.string(),
    /** The founding numbers (E.164); they pay no joining fee. */
    members: z.array(z.string()),
    /** The package's minimum of members on monthly contracts. */
    minMembers: z.number().int(),
  }),
});
