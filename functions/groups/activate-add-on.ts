import { memberView } from '#shared/groups/domain.ts';
import { setAddOn } from '#shared/groups/use-cases/set-add-on.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { activateAddOn as route } from './routes/activate-add-on.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const member = await setAddOn(groupDeps, actor, params.groupId, params.msisdn, params.addOnCode, true);
  return ok(memberView(member, 'admin'));
});
