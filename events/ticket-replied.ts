import * as z from 'zod';
import { defineEvent } from './contract.ts';

/** The operator's staff replied to a support ticket: the customer is told, on the ticket's channel. */
export const TicketReplied = defineEvent({
  detailType: 'TicketReplied',
  source: 'switchboard.support',
  version: '1.0',
  schema: z.object({
    ticketId: z.string(),
    groupId: z.string().optional(),
    status: z.string(),
  }),
});
