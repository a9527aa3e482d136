import { closeHolderChange } from '#shared/groups/use-cases/close-holder-change.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { closeHolderChange as route } from './routes/close-holder-change.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  return ok(await closeHolderChange(groupDeps, actor, params.groupId, params.offerId));
});
