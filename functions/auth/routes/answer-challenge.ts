import { ChallengeAnswerSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { SignInView, TAG } from '../views.ts';

export const answerChallenge = defineRoute({
  operationId: 'answerChallenge',
  method: 'POST',
  path: '/v1/auth/challenge',
  handler: 'functions/auth/answer-challenge',
  summary: 'Answer the next step of a sign-in: the PIN, the new password, or a resend',
  description:
    'With the `session` of the previous answer, exactly one of: `pin` (6 digits, valid 5 minutes, used once), `newPassword` (at the first sign-in, after the PIN: at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol), or `resend: true` (a new PIN; the wrong PINs so far still count). The fifth wrong PIN ends the attempt (401 `sign-in.attempt-over`): sign in again.',
  tag: TAG,
  access: 'public',
  body: ChallengeAnswerSchema,
  sends: ['sms', 'email'],
  responses: {
    200: { description: 'Signed in, or the next step', schema: SignInView },
    ...problemResponses(400, 401, 403, 429),
  },
});
