import { CreditTransferred } from '#events/credit-transferred.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = {
  area: 'money',
  routes,
  subscriptions: [
    {
      name: 'notify-credit-transferred',
      handler: 'functions/money/on-credit-transferred',
      events: [CreditTransferred],
      sends: ['sms'],
    },
  ],
};
