import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** A business customer was registered by the operator; its admin number is the first member. */
export const GroupRegistered = defineEvent({
  detailType: 'GroupRegistered',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    legalName: z.string(),
    adminMsisdn: z.string(),
    language: z.string(),
    billingEmail: z.string(),
  }),
});
