import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listStaff } from '#shared/tenants/use-cases/staff.ts';
import { staffDeps } from '#wiring';
import { listStaff as route } from './routes.ts';
import { staffMemberView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, query }) => {
  const page = await listStaff(staffDeps, principal.tenantId, query.limit, query.cursor);
  return ok({ ...page, items: page.items.map(staffMemberView) });
});
