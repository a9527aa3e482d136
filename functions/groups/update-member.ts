import { memberView } from '#shared/groups/domain.ts';
import { updateMember } from '#shared/groups/use-cases/update-member.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { updateMember as route } from './routes/update-member.ts';

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
