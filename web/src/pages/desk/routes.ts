import type { PageRoute } from '../../router.ts';

export const deskRoutes: PageRoute[] = [];
