import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { receiveInboundEmail } from '#shared/support/use-cases/receive-inbound-email.ts';
import { supportDeps } from '#wiring';
import { receiveInboundEmail as route } from './routes/receive-inbound-email.ts';

/** The mail gateway hands over one received message (an SES receipt rule's Lambda would call the same use case). */
export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) =>
  ok(await receiveInboundEmail(supportDeps, { principal, tenant, correlationId }, body)),
);
