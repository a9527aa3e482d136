import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { quotePlanChange } from '#shared/use-cases/groups-members.ts';
import { quotePlanChange as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  return ok(await quotePlanChange(groupDeps, actor, params.groupId, params.msisdn, query.plan));
});
