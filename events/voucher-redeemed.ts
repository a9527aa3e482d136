import * as z from 'zod';
import { defineEvent } from './contract.ts';

const Money = z.object({ amount: z.number().int().positive(), currency: z.string() });

/** A store voucher was redeemed on a number (its value credited in the same transaction). */
export const VoucherRedeemed = defineEvent({
  detailType: 'VoucherRedeemed',
  source: 'switchboard.money',
  version: '1.0',
  schema: z.object({
    batchId: z.string(),
    topUpId: z.string(),
    groupId: z.string(),
    /** E.164. */
    msisdn: z.string(),
    value: Money,
  }),
});
