import { CreditLimitChanged } from '#events/credit-limit-changed.ts';
import { NumberBarred } from '#events/number-barred.ts';
import { NumberUnbarred } from '#events/number-unbarred.ts';
import { ServiceSettingsChanged } from '#events/service-settings-changed.ts';
import { SpendingWarningReached } from '#events/spending-warning-reached.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

/**
 * Usage: the mediation's records and authorizations, the usage view, and spending control — the
 * review of a number's spend when its limit or cap changes, the SMS of a warning, a bar and a lifted
 * bar, and the lift of the last period's bars at 00:00 on the 1st in each tenant's time zone.
 * (`NumberBarred` / `NumberUnbarred` on the bus are what the operator's network provisioning
 * consumes; locally `infra/local/network.ts` stands in for it.)
 */
export const manifest: AreaManifest = {
  area: 'usage',
  routes,
  subscriptions: [
    {
      name: 'review-spending-on-limit',
      handler: 'functions/usage/on-credit-limit-changed',
      events: [CreditLimitChanged],
    },
    {
      name: 'review-spending-on-cap',
      handler: 'functions/usage/on-service-settings-changed',
      events: [ServiceSettingsChanged],
    },
    {
      name: 'notify-spending-warning',
      handler: 'functions/usage/notify-spending-warning',
      events: [SpendingWarningReached],
      sends: ['sms'],
    },
    {
      name: 'notify-number-barred',
      handler: 'functions/usage/notify-number-barred',
      events: [NumberBarred],
      sends: ['sms'],
    },
    {
      name: 'notify-number-unbarred',
      handler: 'functions/usage/notify-number-unbarred',
      events: [NumberUnbarred],
      sends: ['sms'],
    },
  ],
  queues: [
    {
      name: 'usage-records',
      handler: 'functions/usage/on-usage-records',
      producers:
        'the operator’s mediation: one message per batch, JSON { tenantId, records: [...] } (≤ 1,000 records, ≤ 256 KB)',
    },
  ],
  schedules: [
    {
      name: 'lift-period-bars',
      cron: '0 0 1 * *',
      perTenantTimeZone: true,
      handler: 'functions/usage/lift-period-bars',
    },
  ],
};
