import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listMyTickets } from '#shared/support/use-cases/read-tickets.ts';
import { supportDeps } from '#wiring';
import { listTickets as route } from './routes/list-tickets.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listMyTickets(supportDeps, { principal, tenant }, query.limit, query.cursor)),
);
