import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * Something that ends a dunning's wait was recorded on it by a command (a payment proof submitted,
 * accepted or rejected): the dunning's waker completes the workflow's wait, if it is waiting.
 * Payments and voids wake it from their own events (`PaymentReceived`, `InvoiceVoided`).
 */
export const DunningOutcomeRecorded = defineEvent({
  detailType: 'DunningOutcomeRecorded',
  source: 'switchboard.dunning',
  version: '1.0',
  schema: z.object({
    invoiceId: z.string(),
    groupId: z.string(),
    outcome: z.enum(['paid', 'proof-approved', 'proof-submitted', 'proof-rejected', 'voided']),
    proofId: z.string().optional(),
  }),
});
