import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { closeHolderChange } from '#shared/use-cases/groups-holder-change.ts';
import { closeHolderChange as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  return ok(await closeHolderChange(groupDeps, actor, params.groupId, params.offerId));
});
