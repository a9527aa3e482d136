import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

/**
 * The operator's staff decided a proof of payment a customer sent for an invoice: approved, or
 * rejected with the reason they recorded. A rejection is told to the group's administrator by SMS,
 * with what is still due; an approval that restores service is told by the dunning's own change
 * (`DunningStageChanged`).
 */
export const PaymentProofDecided = defineEvent({
  detailType: 'PaymentProofDecided',
  source: 'switchboard.dunning',
  version: '1.0',
  schema: z.object({
    proofId: z.string(),
    invoiceId: z.string(),
    groupId: z.string(),
    /** The invoice's legal number. */
    number: z.string(),
    decision: z.enum(['approved', 'rejected']),
    /** Required for a rejection. */
    reason: z.string().optional(),
    /** The amount the proof names. */
    amount: Money,
    /** What is still due on the invoice, and the reference to quote when paying it. */
    outstanding: Money,
    paymentReference: z.string(),
  }),
});
