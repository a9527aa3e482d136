import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The admin role moved to another member; tokens of the previous admin lose admin rights at once. */
export const AdminChanged = defineEvent({
  detailType: 'AdminChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({ groupId: z.string(), from: z.string(), to: z.string() }),
});
