import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listOpenTickets } from '#shared/support/use-cases/read-tickets.ts';
import { supportDeps } from '#wiring';
import { listOpenTickets as route } from './routes/list-open-tickets.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listOpenTickets(supportDeps, { principal, tenant }, query.limit, query.cursor)),
);
