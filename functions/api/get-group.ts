import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { groupView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getGroup } from '#shared/use-cases/groups.ts';
import { getGroup as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  const { group, viewer } = await getGroup({ groups: dynamoGroupRepository }, principal, params.groupId);
  return ok(groupView(group, viewer));
});
