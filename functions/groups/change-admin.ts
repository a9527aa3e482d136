import { groupView } from '#shared/groups/domain.ts';
import { changeAdmin } from '#shared/groups/use-cases/change-admin.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { changeAdmin as route } from './routes/change-admin.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const group = await changeAdmin(
    groupDeps,
    { principal, tenant, correlationId },
    params.groupId,
    body.msisdn,
  );
  return ok(groupView(group, 'admin'));
});
