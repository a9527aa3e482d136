import { memberView } from '#shared/groups/domain.ts';
import { changePlan } from '#shared/groups/use-cases/change-plan.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { changePlan as route } from './routes/change-plan.ts';

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
