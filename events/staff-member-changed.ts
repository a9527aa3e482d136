import * as z from 'zod';
import { defineEvent } from './contract.ts';

/**
 * A member of the operator's staff was added to the tenant or disabled (the registry of the
 * tenants area). Sign-in reads the registry's present state for `staffId`, so the change is only a
 * hint of what happened: order and redeliveries do not matter.
 */
export const StaffMemberChanged = defineEvent({
  detailType: 'StaffMemberChanged',
  source: 'switchboard.tenants',
  version: '1.0',
  schema: z.object({
    staffId: z.string(),
    change: z.enum(['added', 'disabled']),
  }),
});
