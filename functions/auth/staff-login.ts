import { staffLogin } from '#shared/auth/use-cases/staff-sign-in.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { staffSignInDeps } from '#wiring';
import { staffLogin as route } from './routes/staff-login.ts';

/** On AWS the request's host names the tenant; locally the body does. */
export const handler = apiHandler(route, async ({ headers, body }) =>
  ok(await staffLogin(staffSignInDeps, { host: requestHost(headers) }, body)),
);
