import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { NewTicketSchema } from '#shared/support/domain.ts';
import { TAG, TicketView } from '../views.ts';

export const openTicket = defineRoute({
  operationId: 'openTicket',
  method: 'POST',
  path: '/v1/tickets',
  handler: 'functions/support/open-ticket',
  summary: 'Open a support request from the client area',
  description:
    "By the group's admin or a member: subject, body, category (`commercial`, `technical`, `billing`) and optionally the product it concerns (one of the group's numbers or plan codes). The ticket opens with the opener's number; staff reply to it and the opener is told by SMS.",
  tag: TAG,
  access: ['admin', 'member'],
  body: NewTicketSchema,
  responses: {
    201: { description: 'The ticket, open', schema: TicketView },
    ...problemResponses(400, 401, 403, 404),
  },
});
