/**
 * The administrator's billing and account pages: invoices (each with its documents and the proofs
 * of payment sent for it), credit limits, the business club, the addresses authorised for support
 * by e-mail, support requests and the audit trail. The ticket pages serve the member too
 * (`pages/member/routes.ts`).
 */
import type { PageRoute } from '../../router.ts';

export const billingRoutes: PageRoute[] = [
  { path: '/group/invoices', roles: ['admin'], load: () => import('./invoices.tsx'), nav: 'billing.nav' },
  { path: '/group/invoices/:invoiceId', roles: ['admin'], load: () => import('./invoice.tsx') },
  { path: '/group/credit-limits', roles: ['admin'], load: () => import('./credit-limits.tsx') },
  { path: '/group/club', roles: ['admin'], load: () => import('./club.tsx') },
  { path: '/group/emails', roles: ['admin'], load: () => import('./emails.tsx') },
  { path: '/group/tickets', roles: ['admin'], load: () => import('./tickets.tsx'), nav: 'tickets.nav' },
  { path: '/group/tickets/:ticketId', roles: ['admin'], load: () => import('./ticket.tsx') },
  { path: '/group/audit', roles: ['admin'], load: () => import('./audit.tsx') },
];
