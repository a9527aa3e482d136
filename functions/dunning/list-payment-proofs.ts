import { listInvoiceProofs } from '#shared/dunning/use-cases/proofs.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { proofRecordDeps } from '#wiring';
import { listPaymentProofs as route } from './routes/list-payment-proofs.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await listInvoiceProofs(
      proofRecordDeps,
      { principal, tenant },
      params.groupId,
      params.invoiceId,
      query.limit,
      query.cursor,
    ),
  ),
);
