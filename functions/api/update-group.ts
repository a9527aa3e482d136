import { groupView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { updateGroup } from '#shared/use-cases/groups.ts';
import { updateGroup as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const group = await updateGroup(groupDeps, { principal, tenant, correlationId }, params.groupId, body);
  return ok(groupView(group, 'admin'));
});
