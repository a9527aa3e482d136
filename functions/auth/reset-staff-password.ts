import { resetStaffPassword } from '#shared/auth/use-cases/staff-sign-in.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { staffSignInDeps } from '#wiring';
import { resetStaffPassword as route } from './routes/reset-staff-password.ts';

export const handler = apiHandler(route, async ({ principal, params }) =>
  ok(await resetStaffPassword(staffSignInDeps, principal, params.staffId)),
);
