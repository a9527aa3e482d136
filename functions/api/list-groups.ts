import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { groupView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listGroups } from '#shared/use-cases/groups.ts';
import { listGroups as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, query }) => {
  const page = await listGroups({ groups: dynamoGroupRepository }, principal, query.limit, query.cursor);
  return ok({ items: page.items.map((g) => groupView(g, 'operator')), nextCursor: page.nextCursor });
});
