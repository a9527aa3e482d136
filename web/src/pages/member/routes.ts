import type { PageRoute } from '../../router.ts';

export const memberRoutes: PageRoute[] = [];
