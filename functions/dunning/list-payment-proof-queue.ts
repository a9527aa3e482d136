import { listProofQueue } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { proofRecordDeps } from '#wiring';
import { listPaymentProofQueue as route } from './routes/list-payment-proof-queue.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listProofQueue(proofRecordDeps, { principal, tenant }, query.status, query.limit, query.cursor)),
);
