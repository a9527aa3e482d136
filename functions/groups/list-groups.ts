import { groupView } from '#shared/groups/domain.ts';
import { listGroups } from '#shared/groups/use-cases/list-groups.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listGroups as route } from './routes/list-groups.ts';

export const handler = apiHandler(route, async ({ principal, query }) => {
  const page = await listGroups(groupDeps, principal, query.limit, query.cursor);
  return ok({ items: page.items.map((g) => groupView(g, 'operator')), nextCursor: page.nextCursor });
});
