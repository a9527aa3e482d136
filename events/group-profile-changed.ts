import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The admin changed the group's billing e-mail, language, address or bank account. */
export const GroupProfileChanged = defineEvent({
  detailType: 'GroupProfileChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    fields: z.array(z.enum(['billingEmail', 'language', 'address', 'iban'])),
  }),
});
