import { answerChallenge } from '#shared/auth/use-cases/sign-in.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { requestHost } from '#shared/handlers/request-host.ts';
import { signInDeps } from '#wiring';
import { answerChallenge as route } from './routes/answer-challenge.ts';

export const handler = apiHandler(route, async ({ headers, body }) =>
  ok(await answerChallenge(signInDeps, { host: requestHost(headers) }, body)),
);
