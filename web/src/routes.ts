/**
 * Every page of the portal, from the area tables: sign-in and public pages, the administrator's
 * group (`pages/group`) and billing (`pages/billing`), the member's own pages (`pages/member`)
 * and the operator's desk (`pages/desk`).
 */
import { billingRoutes } from './pages/billing/routes.ts';
import { deskRoutes } from './pages/desk/routes.ts';
import { groupRoutes } from './pages/group/routes.ts';
import { memberRoutes } from './pages/member/routes.ts';
import { publicRoutes } from './pages/public/routes.ts';
import { signInRoutes } from './pages/sign-in/routes.ts';
import type { PageRoute } from './router.ts';

export const ROUTES: PageRoute[] = [
  ...signInRoutes,
  ...publicRoutes,
  ...groupRoutes,
  ...billingRoutes,
  ...memberRoutes,
  ...deskRoutes,
];

/** Where a role lands after signing in. */
export const HOME = { admin: '/group', member: '/me', operator: '/desk' } as const;
