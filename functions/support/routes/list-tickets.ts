import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG, TicketView } from '../views.ts';

export const listTickets = defineRoute({
  operationId: 'listTickets',
  method: 'GET',
  path: '/v1/tickets',
  handler: 'functions/support/list-tickets',
  summary: "The caller's tickets",
  description:
    "The admin reads every ticket of its group (client area and e-mail, by opener then age), a member only those it opened. The operator's queue is `GET /v1/support-queue`.",
  tag: TAG,
  access: ['admin', 'member'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of tickets', schema: pageOf(TicketView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
