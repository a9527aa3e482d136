import { resetPassword } from '#shared/auth/use-cases/reset-password.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { passwordResetDeps } from '#wiring';
import { resetPassword as route } from './routes/reset-password.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, body }) =>
  ok(await resetPassword(passwordResetDeps, { principal, tenant }, params.groupId, params.msisdn, body)),
);
