import type { PageRoute } from '../../router.ts';

/** Pages anyone may open without signing in. */
export const publicRoutes: PageRoute[] = [
  { path: '/quote', roles: 'public', load: () => import('./quote.tsx') },
];
