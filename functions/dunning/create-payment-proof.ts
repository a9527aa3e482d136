import { createProof } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { proofDeps } from '#wiring';
import { createPaymentProof as route } from './routes/create-payment-proof.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const out = await createProof(
    proofDeps,
    { principal, tenant, correlationId },
    params.groupId,
    params.invoiceId,
    body,
  );
  return created(
    out,
    `/v1/groups/${params.groupId}/invoices/${params.invoiceId}/payment-proofs/${out.proof.proofId}`,
  );
});
