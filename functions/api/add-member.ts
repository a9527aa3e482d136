import { memberView } from '#shared/domain/groups.ts';
import { toPathForm } from '#shared/domain/phone.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { addMember } from '#shared/use-cases/groups-members.ts';
import { addMember as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const { member, charges } = await addMember(
    groupDeps,
    { principal, tenant, correlationId },
    params.groupId,
    body,
  );
  return created(
    { member: memberView(member, 'admin'), charges },
    `/v1/groups/${params.groupId}/members/${toPathForm(member.msisdn)}`,
  );
});
