import * as z from 'zod';
import { MoneySchema } from '../shared/kernel/money.ts';
import { defineEvent } from './contract.ts';

const Settings = z.strictObject({
  voice: z.boolean(),
  sms: z.boolean(),
  data: z.boolean(),
  roaming: z.boolean(),
  international: z.boolean(),
  premiumRate: z.boolean(),
  spendingCap: MoneySchema.nullable(),
});

/** A member's service settings or spending cap changed; the network provisioning follows it. */
export const ServiceSettingsChanged = defineEvent({
  detailType: 'ServiceSettingsChanged',
  source: 'switchboard.groups',
  version: 1,
  schema: z.strictObject({ groupId: z.string(), msisdn: z.string(), before: Settings, after: Settings }),
});
