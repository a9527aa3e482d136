import { apiHandler } from '#shared/handlers/api-handler.ts';
import { getDirectDebitFile } from '#shared/invoices/use-cases/read-invoices.ts';
import { invoiceRunFileDeps } from '#wiring';
import { getDirectDebitFile as route } from './routes/get-direct-debit-file.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) => {
  const file = await getDirectDebitFile(invoiceRunFileDeps, { principal, tenant }, params.runId);
  return {
    status: 200,
    binary: { base64: file.toString('base64'), contentType: 'application/xml' },
    headers: {
      'content-disposition': `attachment; filename="direct-debit-${tenant.tenantId}-${params.runId}.xml"`,
    },
  };
});
