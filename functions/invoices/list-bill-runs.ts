import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listBillRuns } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { listBillRuns as route } from './routes/list-bill-runs.ts';
import { billRunSummary } from './views.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) => {
  const page = await listBillRuns(invoiceReadDeps, { principal, tenant }, query.limit, query.cursor);
  return ok({ ...page, items: page.items.map(billRunSummary) });
});
