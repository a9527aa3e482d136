import { memberView } from '#shared/groups/domain.ts';
import { listMembers } from '#shared/groups/use-cases/list-members.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listMembers as route } from './routes/list-members.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const { page, viewer } = await listMembers(groupDeps, principal, params.groupId, query.limit, query.cursor);
  return ok({ items: page.items.map((m) => memberView(m, viewer)), nextCursor: page.nextCursor });
});
