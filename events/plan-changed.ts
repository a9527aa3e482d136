import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** A member moved to another plan. */
export const PlanChanged = defineEvent({
  detailType: 'PlanChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    from: z.string(),
    to: z.string(),
    direction: z.enum(['upgrade', 'downgrade', 'lateral']),
    commitmentEndsOn: z.string().optional(),
  }),
});
