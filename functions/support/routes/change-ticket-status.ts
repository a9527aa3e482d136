import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { StatusChangeSchema } from '#shared/support/domain.ts';
import { TAG, TicketParams, TicketView } from '../views.ts';

export const changeTicketStatus = defineRoute({
  operationId: 'changeTicketStatus',
  method: 'PUT',
  path: '/v1/tickets/{ticketId}/status',
  handler: 'functions/support/change-ticket-status',
  summary: 'Close a ticket, or open it again',
  description:
    'A closed ticket leaves the queue; the customer is told once. Setting the status it already has changes nothing.',
  tag: TAG,
  access: ['operator'],
  params: TicketParams,
  body: StatusChangeSchema,
  responses: {
    200: { description: 'The ticket', schema: TicketView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
