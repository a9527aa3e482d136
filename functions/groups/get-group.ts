import { groupView } from '#shared/groups/domain.ts';
import { getGroup } from '#shared/groups/use-cases/get-group.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { getGroup as route } from './routes/get-group.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  const { group, viewer } = await getGroup(groupDeps, principal, params.groupId);
  return ok(groupView(group, viewer));
});
