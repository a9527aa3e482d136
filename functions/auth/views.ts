import * as z from 'zod';

/**
 * The shapes of the sign-in routes (`routes/*.ts`). Clients sign in and recover a password over
 * these routes only and never talk to the user pool themselves: the pool's tokens carry our claims
 * only when they were asked for through them.
 */
export const TAG = 'auth';

export const SignInView = z.union([
  z.object({
    status: z.literal('signed-in'),
    token: z.string().describe('the bearer token of every API request (`Authorization: Bearer <token>`)'),
    refreshToken: z
      .string()
      .optional()
      .describe('gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends'),
    expiresIn: z.number().int().describe('seconds the token is valid'),
    tokenType: z.literal('Bearer'),
  }),
  z.object({
    status: z.literal('challenge'),
    challenge: z
      .enum(['SMS_PIN', 'NEW_PASSWORD'])
      .describe(
        '`SMS_PIN`: answer the PIN sent by SMS; `NEW_PASSWORD`: choose the password replacing the initial one',
      ),
    session: z.string().describe('send it with the answer (`POST /v1/auth/challenge`)'),
    destination: z.string().optional().describe('where the PIN went, masked'),
    pinValidUntil: z.string().optional().describe('the PIN is refused after this instant'),
  }),
]);

/** The one answer to a recovery request, whatever the number. */
export const RecoveryAcceptedView = z.object({
  status: z
    .literal('accepted')
    .describe(
      'the same for every number: if it has an e-mail on record, a recovery code is on its way there',
    ),
  codeValidMinutes: z.number().int().describe('how long a code that was sent is valid'),
});

/** The answers of the staff's sign-in (`routes/staff-*.ts`): the same tokens, a code by e-mail. */
export const StaffSignInView = z.union([
  SignInView.options[0],
  z.object({
    status: z.literal('challenge'),
    challenge: z
      .enum(['EMAIL_CODE', 'NEW_PASSWORD'])
      .describe(
        '`EMAIL_CODE`: answer the code sent to the staff member’s address; `NEW_PASSWORD`: choose the password replacing the initial one',
      ),
    session: z.string().describe('send it with the answer (`POST /v1/auth/staff/challenge`)'),
    destination: z.string().optional().describe('where the code went, masked'),
    codeValidUntil: z.string().optional().describe('the code is refused after this instant'),
  }),
]);
