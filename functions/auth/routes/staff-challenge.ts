import { StaffChallengeSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { StaffSignInView, TAG } from '../views.ts';

export const answerStaffChallenge = defineRoute({
  operationId: 'answerStaffChallenge',
  method: 'POST',
  path: '/v1/auth/staff/challenge',
  handler: 'functions/auth/staff-challenge',
  summary: 'Answer the next step of a staff sign-in: the e-mailed code, the new password, or a resend',
  description:
    'With the `session` of the previous answer, exactly one of: `code` (6 digits, valid 5 minutes, used once), `newPassword` (after the code, at the first sign-in or after a reset: at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol), or `resend: true` (a new code; the wrong codes so far still count). The fifth wrong code ends the attempt (401 `staff-sign-in.attempt-over`). Renew and end the session with `POST /v1/auth/refresh` and `POST /v1/auth/logout`.',
  tag: TAG,
  access: 'public',
  body: StaffChallengeSchema,
  sends: ['email'],
  responses: {
    200: { description: 'Signed in, or the next step', schema: StaffSignInView },
    ...problemResponses(400, 401, 403, 429),
  },
});
