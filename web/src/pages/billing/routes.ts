import type { PageRoute } from '../../router.ts';

export const billingRoutes: PageRoute[] = [];
