import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { changeTicketStatus } from '#shared/support/use-cases/work-ticket.ts';
import { supportDeps } from '#wiring';
import { changeTicketStatus as route } from './routes/change-ticket-status.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(
    await changeTicketStatus(supportDeps, { principal, tenant, correlationId }, params.ticketId, body.status),
  ),
);
