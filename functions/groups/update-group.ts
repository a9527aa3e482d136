import { groupView } from '#shared/groups/domain.ts';
import { updateGroup } from '#shared/groups/use-cases/update-group.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { updateGroup as route } from './routes/update-group.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const group = await updateGroup(groupDeps, { principal, tenant, correlationId }, params.groupId, body);
  return ok(groupView(group, 'admin'));
});
