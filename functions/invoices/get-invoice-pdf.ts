import { apiHandler } from '#shared/handlers/api-handler.ts';
import { getInvoicePdf } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceFileDeps } from '#wiring';
import { getInvoicePdf as route } from './routes/get-invoice-pdf.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) => {
  const { number, pdf } = await getInvoicePdf(
    invoiceFileDeps,
    { principal, tenant },
    params.groupId,
    params.invoiceId,
  );
  return {
    status: 200,
    binary: { base64: pdf.toString('base64'), contentType: 'application/pdf' },
    headers: { 'content-disposition': `inline; filename="${number}.pdf"` },
  };
});
