import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * The operator voided an issued invoice: it keeps its legal number (no gap in the series) with
 * the reason, and nothing is due on it any more. Dunning stops for it.
 */
export const InvoiceVoided = defineEvent({
  detailType: 'InvoiceVoided',
  source: 'switchboard.invoices',
  version: '1.0',
  schema: z.object({
    invoiceId: z.string(),
    groupId: z.string(),
    number: z.string(),
    reason: z.string(),
  }),
});
