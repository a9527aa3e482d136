import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listBillRunFailures } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { listBillRunFailures as route } from './routes/list-bill-run-failures.ts';
import { runFailureView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) => {
  const page = await listBillRunFailures(
    invoiceReadDeps,
    { principal, tenant },
    params.runId,
    query.limit,
    query.cursor,
  );
  return ok({ ...page, items: page.items.map(runFailureView) });
});
