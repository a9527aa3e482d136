import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** An add-on was activated or deactivated on a member's number. */
export const AddOnChanged = defineEvent({
  detailType: 'AddOnChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    addOn: z.string(),
    action: z.enum(['activated', 'deactivated']),
  }),
});
