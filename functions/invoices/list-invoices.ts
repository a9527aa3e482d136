import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listInvoices } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { listInvoices as route } from './routes/list-invoices.ts';
import { invoiceSummary } from './views.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) => {
  const page = await listInvoices(
    invoiceReadDeps,
    { principal, tenant },
    params.groupId,
    query.limit,
    query.cursor,
  );
  return ok({ ...page, items: page.items.map(invoiceSummary) });
});
