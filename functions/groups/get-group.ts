import { groupView } from '#shared/groups/domain.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { getGroup } from '#shared/groups/use-cases/get-group.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getGroup as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  const { group, viewer } = await getGroup({ groups: dynamoGroupRepository }, principal, params.groupId);
  return ok(groupView(group, viewer));
});
