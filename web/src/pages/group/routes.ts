import type { PageRoute } from '../../router.ts';

export const groupRoutes: PageRoute[] = [
  { path: '/group', roles: ['admin'], load: () => import('./overview.tsx'), nav: 'group.nav' },
];
