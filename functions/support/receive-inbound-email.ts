import { isToBusinessAddress } from '#shared/dunning/proofs.ts';
import { receiveEmailedProof } from '#shared/dunning/use-cases/receive-emailed-proof.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { receiveInboundEmail } from '#shared/support/use-cases/receive-inbound-email.ts';
import { proofMailDeps, supportDeps } from '#wiring';
import { receiveInboundEmail as route } from './routes/receive-inbound-email.ts';

/**
 * The mail gateway hands over one received message (an SES receipt rule's Lambda would call the
 * same use cases): mail to the business address is a proof of payment, any other goes to the
 * support desk.
 */
export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) => {
  const actor = { principal, tenant, correlationId };
  return ok(
    isToBusinessAddress(tenant, body)
      ? await receiveEmailedProof(proofMailDeps, actor, body)
      : await receiveInboundEmail(supportDeps, actor, body),
  );
});
