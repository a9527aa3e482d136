import { getProof } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { proofDeps } from '#wiring';
import { getPaymentProof as route } from './routes/get-payment-proof.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getProof(proofDeps, { principal, tenant }, params.groupId, params.invoiceId, params.proofId)),
);
