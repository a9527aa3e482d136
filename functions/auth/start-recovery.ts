import { RECOVERY_CODE_VALID_SECONDS } from '#shared/auth/domain.ts';
import { requestRecovery } from '#shared/auth/use-cases/recover-password.ts';
import { apiHandler } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { recoveryDeps } from '#wiring';
import { startRecovery as route } from './routes/start-recovery.ts';

/** The same 202 whatever the use case did: it never says whether the number is a customer. */
export const handler = apiHandler(route, async ({ headers, body }) => {
  await requestRecovery(recoveryDeps, { host: requestHost(headers) }, body);
  return { status: 202, body: { status: 'accepted', codeValidMinutes: RECOVERY_CODE_VALID_SECONDS / 60 } };
});
