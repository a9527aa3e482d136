import type { PageRoute } from '../../router.ts';

/** The administrator's group: its numbers (one by one, and adding one), credit transfers, payment settings. */
export const groupRoutes: PageRoute[] = [
  { path: '/group', roles: ['admin'], load: () => import('./overview.tsx'), nav: 'group.nav' },
  // Before `/group/members/:msisdn`: the first route that matches is taken.
  { path: '/group/members/new', roles: ['admin'], load: () => import('./member-new.tsx') },
  { path: '/group/members/:msisdn', roles: ['admin'], load: () => import('./member.tsx') },
  { path: '/group/transfers', roles: ['admin'], load: () => import('./transfers.tsx'), nav: 'money.nav' },
  {
    path: '/group/payment-settings',
    roles: ['admin'],
    load: () => import('./payment-settings.tsx'),
    nav: 'money.navPaymentSettings',
  },
];
