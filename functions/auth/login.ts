import { login } from '#shared/auth/use-cases/sign-in.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { signInDeps } from '#wiring';
import { login as route } from './routes/login.ts';

/** On AWS the request's host names the tenant; locally the body does. */
export const handler = apiHandler(route, async ({ headers, body }) =>
  ok(await login(signInDeps, { host: requestHost(headers) }, body)),
);
