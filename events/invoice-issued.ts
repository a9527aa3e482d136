import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int(), currency: z.string() });

/**
 * A group's invoice for a period was issued with its legal number. The admin is told (e-mail with
 * the PDF link, SMS summary); dunning starts for an invoice with an amount due.
 */
export const InvoiceIssued = defineEvent({
  detailType: 'InvoiceIssued',
  source: 'switchboard.invoices',
  version: '1.0',
  schema: z.object({
    invoiceId: z.string(),
    groupId: z.string(),
    period: z.string(),
    number: z.string(),
    issueDate: z.string(),
    dueDate: z.string(),
    gross: Money,
    amountDue: Money,
    paymentReference: z.string(),
    paymentMethod: z.enum(['credit-transfer', 'direct-debit']),
  }),
});
