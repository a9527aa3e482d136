import type { PageRoute } from '../../router.ts';

export const publicRoutes: PageRoute[] = [];
