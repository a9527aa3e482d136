import { CreditLimitChanged } from '#events/credit-limit-changed.ts';
import { CreditLimitRequestDecided } from '#events/credit-limit-request-decided.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = {
  area: 'credit-limits',
  routes,
  subscriptions: [
    {
      name: 'notify-deposit-paid',
      handler: 'functions/credit-limits/on-credit-limit-changed',
      events: [CreditLimitChanged],
      sends: ['sms'],
    },
    {
      name: 'notify-credit-limit-decision',
      handler: 'functions/credit-limits/on-increase-request-decided',
      events: [CreditLimitRequestDecided],
      sends: ['sms'],
    },
  ],
};
