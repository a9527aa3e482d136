import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getInvoice } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { getInvoice as route } from './routes/get-invoice.ts';
import { invoiceView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(invoiceView(await getInvoice(invoiceReadDeps, { principal, tenant }, params.groupId, params.invoiceId))),
);
