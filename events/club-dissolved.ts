import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The administrator dissolved the group's business club: no number of the group is in it any more. */
export const ClubDissolved = defineEvent({
  detailType: 'ClubDissolved',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    clubId: z.string(),
  }),
});
