import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int(), currency: z.string() });

/**
 * The dunning of an unpaid invoice moved to another stage: reminded, suspended, provisionally or
 * finally reactivated, handed to collections, ended (paid, proof accepted, voided). `network` tells
 * the operator's provisioning system which numbers to bar (`suspend`) or restore (`restore`) for
 * non-payment; the notifier tells the customer (and, for collections, the operator's staff).
 */
export const DunningStageChanged = defineEvent({
  detailType: 'DunningStageChanged',
  source: 'switchboard.dunning',
  version: '1.0',
  schema: z.object({
    invoiceId: z.string(),
    groupId: z.string(),
    number: z.string(),
    stage: z.string(),
    previous: z.string(),
    /** Why: `due`, `grace-over`, `paid`, `proof-approved`, `proof-submitted`, `proof-rejected`, `lapsed`, `deadline`, `voided`. */
    cause: z.string(),
    /** What is still due on the invoice now. */
    outstanding: Money,
    paymentReference: z.string(),
    dueDate: z.string(),
    network: z.object({ action: z.enum(['suspend', 'restore']), msisdns: z.array(z.string()) }).optional(),
    /** The reconnection fee put on the next invoice. */
    fee: Money.optional(),
    /** A provisional reactivation lapses then without a payment or staff approval. */
    provisionalUntil: z.string().optional(),
  }),
});
