import { groupView, memberView } from '#shared/groups/domain.ts';
import { registerGroup } from '#shared/groups/use-cases/register-group.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { registerGroup as route } from './routes/register-group.ts';

export const handler = apiHandler(route, async ({ body, principal, tenant, correlationId }) => {
  const { group, admin, charges } = await registerGroup(
    groupDeps,
    { principal, tenant, correlationId },
    body,
  );
  return created(
    { group: groupView(group, 'admin'), admin: memberView(admin, 'admin'), charges },
    `/v1/groups/${group.groupId}`,
  );
});
