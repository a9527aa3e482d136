import { ClubBelowMinimum } from '#events/club-below-minimum.ts';
import type { AreaManifest } from '../manifest.ts';
import { routes } from './routes.ts';

export const manifest: AreaManifest = {
  area: 'groups',
  routes,
  subscriptions: [
    {
      name: 'notify-club-below-minimum',
      handler: 'functions/groups/notify-club-below-minimum',
      events: [ClubBelowMinimum],
      sends: ['sms'],
    },
  ],
};
