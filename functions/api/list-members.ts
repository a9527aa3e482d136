import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listMembers } from '#shared/use-cases/groups-members.ts';
import { listMembers as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const { page, viewer } = await listMembers(
    { groups: dynamoGroupRepository },
    principal,
    params.groupId,
    query.limit,
    query.cursor,
  );
  return ok({ items: page.items.map((m) => memberView(m, viewer)), nextCursor: page.nextCursor });
});
