import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** A group's admin offered one of its numbers to another group; the receiving admin is told to accept or decline. */
export const HolderChangeOffered = defineEvent({
  detailType: 'HolderChangeOffered',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    offerId: z.string(),
    msisdn: z.string(),
    fromGroupId: z.string(),
    toGroupId: z.string(),
    expiresAt: z.string(),
  }),
});
