import { memberView } from '#shared/groups/domain.ts';
import { listClubMembers } from '#shared/groups/use-cases/list-club-members.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listClubMembers as route } from './routes/list-club-members.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const { page, viewer } = await listClubMembers(
    groupDeps,
    principal,
    params.groupId,
    query.limit,
    query.cursor,
  );
  return ok({ items: page.items.map((m) => memberView(m, viewer)), nextCursor: page.nextCursor });
});
