import { CreditTransferred } from '#events/credit-transferred.ts';
import { type AreaManifest, routesOf } from '../manifest.ts';
import * as routes from './routes.ts';

export const manifest: AreaManifest = {
  area: 'money',
  routes: routesOf(routes),
  subscriptions: [
    {
      name: 'notify-credit-transferred',
      handler: 'functions/money/on-credit-transferred',
      events: [CreditTransferred],
      sends: ['sms'],
    },
  ],
};
