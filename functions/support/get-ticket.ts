import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getTicket } from '#shared/support/use-cases/read-tickets.ts';
import { supportDeps } from '#wiring';
import { getTicket as route } from './routes/get-ticket.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getTicket(supportDeps, { principal, tenant }, params.ticketId)),
);
