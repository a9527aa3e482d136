import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ReplySchema } from '#shared/support/domain.ts';
import { TAG, TicketParams, TicketView } from '../views.ts';

export const replyToTicket = defineRoute({
  operationId: 'replyToTicket',
  method: 'POST',
  path: '/v1/tickets/{ticketId}/replies',
  handler: 'functions/support/reply-to-ticket',
  summary: 'Staff reply to a ticket',
  description:
    "The reply is kept on the ticket (which becomes `answered`) and the customer is told once: an SMS to the opener (client area) or the reply by e-mail (e-mail), in the group's language. A closed ticket is 409.",
  tag: TAG,
  access: ['operator'],
  params: TicketParams,
  body: ReplySchema,
  responses: {
    200: { description: 'The ticket with the reply', schema: TicketView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
