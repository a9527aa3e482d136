import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

/** The kernel's money, read tolerantly (the kernel's own schema refuses unknown keys). */
const Money = z.object(MoneySchema.shape);

const Settings = z.object({
  voice: z.boolean(),
  sms: z.boolean(),
  data: z.boolean(),
  roaming: z.boolean(),
  international: z.boolean(),
  premiumRate: z.boolean(),
  spendingCap: Money.nullable(),
});

/** A member's service settings or spending cap changed; the network provisioning follows it. */
export const ServiceSettingsChanged = defineEvent({
  detailType: 'ServiceSettingsChanged',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({ groupId: z.string(), msisdn: z.string(), before: Settings, after: Settings }),
});
