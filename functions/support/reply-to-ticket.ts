import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { replyToTicket } from '#shared/support/use-cases/work-ticket.ts';
import { supportDeps } from '#wiring';
import { replyToTicket as route } from './routes/reply-to-ticket.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(await replyToTicket(supportDeps, { principal, tenant, correlationId }, params.ticketId, body.body)),
);
