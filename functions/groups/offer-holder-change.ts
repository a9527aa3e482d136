import { offerHolderChange } from '#shared/groups/use-cases/offer-holder-change.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { offerHolderChange as route } from './routes/offer-holder-change.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const actor = { principal, tenant, correlationId };
  const offer = await offerHolderChange(groupDeps, actor, params.groupId, params.msisdn, body.toGroupId);
  return created(offer, `/v1/groups/${params.groupId}/holder-changes?direction=outgoing`);
});
