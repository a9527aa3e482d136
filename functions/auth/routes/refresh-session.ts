import { RefreshSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { SignInView, TAG } from '../views.ts';

export const refreshSession = defineRoute({
  operationId: 'refreshSession',
  method: 'POST',
  path: '/v1/auth/refresh',
  handler: 'functions/auth/refresh-session',
  summary: 'A new token for a signed-in session',
  description:
    "With the session's refresh token: a new token, with the claims the number has now (its group, whether it is the admin). A session ends when its number leaves the group, gets a new holder, or logs out (401).",
  tag: TAG,
  access: 'public',
  body: RefreshSchema,
  responses: {
    200: { description: 'A new token', schema: SignInView },
    ...problemResponses(400, 401),
  },
});
