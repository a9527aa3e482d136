import { groupView, memberView } from '#shared/domain/groups.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { registerGroup } from '#shared/use-cases/groups.ts';
import { registerGroup as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

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
