import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { addStaffMember } from '#shared/tenants/use-cases/staff.ts';
import { staffDeps } from '#wiring';
import { addTenantStaffMember as route } from './routes.ts';
import { staffMemberView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, params, body }) => {
  const member = await addStaffMember(staffDeps, principal, params.tenantId, body);
  return created(staffMemberView(member), `/v1/staff/${member.staffId}`);
});
