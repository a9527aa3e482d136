import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * A bar set by spending control is lifted: a new period began, a deposit was paid, the limit was
 * raised, or the administrator raised or removed the cap. The network restores outgoing services.
 */
export const NumberUnbarred = defineEvent({
  detailType: 'NumberUnbarred',
  source: 'switchboard.usage',
  version: '1.0',
  schema: z.object({
    groupId: z.string(),
    msisdn: z.string(),
    period: z.string(),
    /** The bar that was lifted. */
    reason: z.enum(['credit-limit', 'spending-cap']),
    cause: z.enum(['new-period', 'limit-raised', 'cap-changed']),
  }),
});
