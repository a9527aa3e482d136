import { RefreshSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG } from '../views.ts';

export const logout = defineRoute({
  operationId: 'logout',
  method: 'POST',
  path: '/v1/auth/logout',
  handler: 'functions/auth/logout',
  summary: 'End a signed-in session',
  description:
    'The refresh token no longer gives tokens. Answers 204 whether or not the token was a live session.',
  tag: TAG,
  access: 'public',
  body: RefreshSchema,
  responses: {
    204: { description: 'The session is over' },
    ...problemResponses(400),
  },
});
