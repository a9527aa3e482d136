import { groupView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { changeAdmin } from '#shared/use-cases/groups.ts';
import { changeAdmin as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const group = await changeAdmin(
    groupDeps,
    { principal, tenant, correlationId },
    params.groupId,
    body.msisdn,
  );
  return ok(groupView(group, 'admin'));
});
