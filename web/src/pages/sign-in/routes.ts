import type { PageRoute } from '../../router.ts';

export const signInRoutes: PageRoute[] = [
  { path: '/sign-in', roles: 'public', load: () => import('./sign-in.tsx') },
  { path: '/recovery', roles: 'public', load: () => import('./recovery.tsx') },
  { path: '/staff', roles: 'public', load: () => import('./staff.tsx') },
];
