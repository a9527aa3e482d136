import { memberView } from '#shared/groups/domain.ts';
import { addMember } from '#shared/groups/use-cases/add-member.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { toPathForm } from '#shared/kernel/phone.ts';
import { groupDeps } from '#wiring';
import { addMember as route } from './routes/add-member.ts';

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
