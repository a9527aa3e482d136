import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { voidInvoice } from '#shared/invoices/use-cases/void-invoice.ts';
import { invoiceVoidDeps } from '#wiring';
import { voidInvoice as route } from './routes/void-invoice.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) =>
  ok(
    await voidInvoice(
      invoiceVoidDeps,
      { principal, tenant, correlationId },
      params.groupId,
      params.invoiceId,
      body.reason,
    ),
  ),
);
