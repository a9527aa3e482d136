import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The operator's staff closed a support ticket or opened it again: the customer is told. */
export const TicketStatusChanged = defineEvent({
  detailType: 'TicketStatusChanged',
  source: 'switchboard.support',
  version: '1.0',
  schema: z.object({
    ticketId: z.string(),
    groupId: z.string().optional(),
    status: z.string(),
  }),
});
