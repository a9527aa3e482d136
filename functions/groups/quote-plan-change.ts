import { quotePlanChange } from '#shared/groups/use-cases/quote-plan-change.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { quotePlanChange as route } from './routes/quote-plan-change.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  return ok(await quotePlanChange(groupDeps, actor, params.groupId, params.msisdn, query.plan));
});
