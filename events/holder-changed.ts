import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * A number changed holder: it left one group and joined another (the new holder pays the fee and
 * takes over plan, add-ons and any commitment). The number's remaining prepaid credit went back to
 * the offering group's admin in the same transaction (a `CreditTransferred` event).
 */
export const HolderChanged = defineEvent({
  detailType: 'HolderChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({
    msisdn: z.string(),
    fromGroupId: z.string(),
    toGroupId: z.string(),
    plan: z.string(),
    offerId: z.string(),
  }),
});
