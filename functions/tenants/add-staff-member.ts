import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { addStaffMember } from '#shared/tenants/use-cases/staff.ts';
import { staffDeps } from '#wiring';
import { addStaffMember as route } from './routes.ts';
import { staffMemberView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, body }) => {
  const member = await addStaffMember(staffDeps, principal, principal.tenantId, body);
  return created(staffMemberView(member), `/v1/staff/${member.staffId}`);
});
