import { refresh } from '#shared/auth/use-cases/sessions.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { signInDeps, staffSignInDeps } from '#wiring';
import { refreshSession as route } from './routes/refresh-session.ts';

export const handler = apiHandler(route, async ({ headers, body }) =>
  ok(await refresh(signInDeps, staffSignInDeps, { host: requestHost(headers) }, body)),
);
