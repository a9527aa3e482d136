import { decideProof } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { proofRecordDeps } from '#wiring';
import { decidePaymentProof as route } from './routes/decide-payment-proof.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(
    await decideProof(
      proofRecordDeps,
      { principal, tenant, correlationId },
      params.groupId,
      params.invoiceId,
      params.proofId,
      body,
    ),
  ),
);
