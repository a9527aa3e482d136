import { logout } from '#shared/auth/use-cases/sessions.ts';
import { apiHandler, noContent } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { signInDeps } from '#wiring';
import { logout as route } from './routes/logout.ts';

export const handler = apiHandler(route, async ({ headers, body }) => {
  await logout(signInDeps, { host: requestHost(headers) }, body);
  return noContent();
});
