import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getBillRun } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { getBillRun as route } from './routes/get-bill-run.ts';
import { billRunSummary } from './views.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) => {
  const run = await getBillRun(invoiceReadDeps, { principal, tenant }, params.runId);
  return ok({ ...billRunSummary(run), counts: run.counts });
});
