import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int().min(0), currency: z.string() });

/**
 * The bank or payment provider (or the operator) reported a payment. `status` says what it paid:
 * `matched` (a pending top-up, later an invoice), `unmatched` (kept for the operator) or
 * `assigned` (an unmatched payment the operator credited to a number). Dunning listens to it.
 * 1.1: `purpose`, what another area was paid with it (a credit-limit deposit of the target number).
 */
export const PaymentReceived = defineEvent({
  detailType: 'PaymentReceived',
  source: 'switchboard.money',
  version: '1.1',
  schema: z.object({
    paymentId: z.string(),
    amount: Money,
    reference: z.string().optional(),
    receivedAt: z.string(),
    status: z.enum(['matched', 'unmatched', 'assigned']),
    target: z
      .discriminatedUnion('type', [
        z.object({
          type: z.literal('top-up'),
          topUpId: z.string(),
          groupId: z.string(),
          msisdn: z.string(),
        }),
        z.object({ type: z.literal('number'), groupId: z.string(), msisdn: z.string() }),
        z.object({ type: z.literal('invoice'), invoiceId: z.string(), groupId: z.string() }),
      ])
      .optional(),
    purpose: z.object({ type: z.string(), id: z.string() }).optional(),
    applied: Money.optional(),
    overpayment: Money.optional(),
  }),
});
