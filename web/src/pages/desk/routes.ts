import type { PageRoute } from '../../router.ts';

const operator = ['operator'] as const;

/** The operator's desk: customers, the queues to decide, bill runs, the catalog, vouchers and the staff. */
export const deskRoutes: PageRoute[] = [
  { path: '/desk', roles: operator, load: () => import('./customers.tsx'), nav: 'desk.nav.customers' },
  { path: '/desk/groups/:groupId', roles: operator, load: () => import('./customer.tsx') },
  { path: '/desk/proofs', roles: operator, load: () => import('./proofs.tsx'), nav: 'desk.nav.proofs' },
  { path: '/desk/proofs/:groupId/:invoiceId/:proofId', roles: operator, load: () => import('./proof.tsx') },
  {
    path: '/desk/credit-limits',
    roles: operator,
    load: () => import('./credit-limits.tsx'),
    nav: 'desk.nav.creditLimits',
  },
  { path: '/desk/tickets', roles: operator, load: () => import('./tickets.tsx'), nav: 'desk.nav.tickets' },
  { path: '/desk/tickets/:ticketId', roles: operator, load: () => import('./ticket.tsx') },
  { path: '/desk/dunnings', roles: operator, load: () => import('./dunnings.tsx') },
  {
    path: '/desk/bill-runs',
    roles: operator,
    load: () => import('./bill-runs.tsx'),
    nav: 'desk.nav.billRuns',
  },
  { path: '/desk/bill-runs/:runId', roles: operator, load: () => import('./bill-run.tsx') },
  { path: '/desk/catalog', roles: operator, load: () => import('./catalog.tsx'), nav: 'desk.nav.catalog' },
  { path: '/desk/vouchers', roles: operator, load: () => import('./vouchers.tsx'), nav: 'desk.nav.vouchers' },
  { path: '/desk/vouchers/:batchId', roles: operator, load: () => import('./voucher-batch.tsx') },
  { path: '/desk/staff', roles: operator, load: () => import('./staff.tsx'), nav: 'desk.nav.staff' },
];
