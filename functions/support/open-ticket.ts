import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { openTicket } from '#shared/support/use-cases/open-ticket.ts';
import { supportDeps } from '#wiring';
import { openTicket as route } from './routes/open-ticket.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) =>
  created(await openTicket(supportDeps, { principal, tenant, correlationId }, body)),
);
