import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { disableStaffMember } from '#shared/tenants/use-cases/staff.ts';
import { staffDeps } from '#wiring';
import { disableStaffMember as route } from './routes.ts';
import { staffMemberView } from './views.ts';

export const handler = apiHandler(route, async ({ principal, params }) =>
  ok(staffMemberView(await disableStaffMember(staffDeps, principal, params.staffId))),
);
