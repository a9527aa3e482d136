/**
 * The member's own pages: its number (balance, this month's usage and allowances, plan, credit
 * limit) and its support requests. Nothing of the group's other numbers.
 */
import type { PageRoute } from '../../router.ts';

export const memberRoutes: PageRoute[] = [
  { path: '/me', roles: ['member'], load: () => import('./me.tsx'), nav: 'member.nav' },
  {
    path: '/me/tickets',
    roles: ['member'],
    load: () => import('../billing/tickets.tsx'),
    nav: 'tickets.nav',
  },
  { path: '/me/tickets/:ticketId', roles: ['member'], load: () => import('../billing/ticket.tsx') },
];
