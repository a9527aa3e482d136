import { getBillRun } from './routes/get-bill-run.ts';
import { getDirectDebitFile } from './routes/get-direct-debit-file.ts';
import { getInvoice } from './routes/get-invoice.ts';
import { getInvoicePdf } from './routes/get-invoice-pdf.ts';
import { getInvoiceXml } from './routes/get-invoice-xml.ts';
import { listBillRunFailures } from './routes/list-bill-run-failures.ts';
import { listBillRuns } from './routes/list-bill-runs.ts';
import { listInvoices } from './routes/list-invoices.ts';
import { voidInvoice } from './routes/void-invoice.ts';

/** Invoices and bill runs: every route of the area, in the order of the contract (one module each). */
export const routes = [
  listInvoices,
  getInvoice,
  getInvoicePdf,
  getInvoiceXml,
  voidInvoice,
  listBillRuns,
  getBillRun,
  listBillRunFailures,
  getDirectDebitFile,
];
