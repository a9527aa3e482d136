import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int().positive(), currency: z.string() });

/** A number's prepaid balance was credited by a top-up (bank transfer, PayPal, voucher) or a payment. */
export const BalanceToppedUp = defineEvent({
  detailType: 'BalanceToppedUp',
  source: 'switchboard.money',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    /** E.164. */
    msisdn: z.string(),
    method: z.enum(['bank-transfer', 'paypal', 'voucher', 'payment']),
    /** What was credited. */
    amount: Money,
    topUpId: z.string().optional(),
    paymentId: z.string().optional(),
  }),
});
