import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG, TicketView } from '../views.ts';

export const listOpenTickets = defineRoute({
  operationId: 'listOpenTickets',
  method: 'GET',
  path: '/v1/support-queue',
  handler: 'functions/support/list-open-tickets',
  summary: "The tenant's tickets not closed yet, oldest first",
  description:
    "The operator's queue (open and answered tickets). For a ticket's customer staff read only its product list (`GET /v1/groups/{groupId}`), never usage or balances.",
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of tickets', schema: pageOf(TicketView) },
    ...problemResponses(400, 401, 403),
  },
});
