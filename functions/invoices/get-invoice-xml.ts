import { apiHandler } from '#shared/handlers/api-handler.ts';
import { invoiceUbl } from '#shared/invoices/ubl.ts';
import { getInvoice } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceReadDeps } from '#wiring';
import { getInvoiceXml as route } from './routes/get-invoice-xml.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) => {
  const doc = await getInvoice(invoiceReadDeps, { principal, tenant }, params.groupId, params.invoiceId);
  return {
    status: 200,
    binary: {
      base64: Buffer.from(invoiceUbl(doc), 'utf8').toString('base64'),
      contentType: 'application/xml',
    },
    headers: { 'content-disposition': `inline; filename="${doc.number}.xml"` },
  };
});
