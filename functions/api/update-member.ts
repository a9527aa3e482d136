import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { updateMember } from '#shared/use-cases/groups-members.ts';
import { updateMember as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const member = await updateMember(
    groupDeps,
    { principal, tenant, correlationId },
    params.groupId,
    params.msisdn,
    body,
  );
  return ok(memberView(member, 'admin'));
});
