import { submitProof } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { proofDeps } from '#wiring';
import { submitPaymentProof as route } from './routes/submit-payment-proof.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) =>
  ok(
    await submitProof(
      proofDeps,
      { principal, tenant, correlationId },
      params.groupId,
      params.invoiceId,
      params.proofId,
    ),
  ),
);
