import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { changePlan } from '#shared/use-cases/groups-members.ts';
import { changePlan as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const member = await changePlan(
    groupDeps,
    { principal, tenant, correlationId },
    params.groupId,
    params.msisdn,
    body.plan,
  );
  return ok(memberView(member, 'admin'));
});
