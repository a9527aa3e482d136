import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { setAddOn } from '#shared/use-cases/groups-members.ts';
import { activateAddOn as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const member = await setAddOn(groupDeps, actor, params.groupId, params.msisdn, params.addOnCode, true);
  return ok(memberView(member, 'admin'));
});
