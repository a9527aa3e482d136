import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG, TicketParams, TicketView } from '../views.ts';

export const getTicket = defineRoute({
  operationId: 'getTicket',
  method: 'GET',
  path: '/v1/tickets/{ticketId}',
  handler: 'functions/support/get-ticket',
  summary: 'One ticket with its messages',
  description:
    "The operator reads any ticket of the tenant; the admin those of its group; a member only its own (another member's is 404).",
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  params: TicketParams,
  responses: {
    200: { description: 'The ticket', schema: TicketView },
    ...problemResponses(400, 401, 403, 404),
  },
});
