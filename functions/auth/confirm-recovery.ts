import { confirmRecovery } from '#shared/auth/use-cases/recover-password.ts';
import { apiHandler, noContent } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { recoveryDeps } from '#wiring';
import { confirmRecovery as route } from './routes/confirm-recovery.ts';

export const handler = apiHandler(route, async ({ headers, body }) => {
  await confirmRecovery(recoveryDeps, { host: requestHost(headers) }, body);
  return noContent();
});
