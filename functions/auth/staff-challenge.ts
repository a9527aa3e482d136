import { answerStaffChallenge } from '#shared/auth/use-cases/staff-sign-in.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { staffSignInDeps } from '#wiring';
import { answerStaffChallenge as route } from './routes/staff-challenge.ts';

export const handler = apiHandler(route, async ({ headers, body }) =>
  ok(await answerStaffChallenge(staffSignInDeps, { host: requestHost(headers) }, body)),
);
