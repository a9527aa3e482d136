import { LoginSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { SignInView, TAG } from '../views.ts';

export const login = defineRoute({
  operationId: 'login',
  method: 'POST',
  path: '/v1/auth/login',
  handler: 'functions/auth/login',
  summary: 'Sign in with the phone number and the password',
  description:
    'Self-care sign-in of an admin or member. The first sign-in (with the initial password received by SMS) continues with a PIN by SMS and a new password; under the tenant policy `smsPinAtLogin` every sign-in continues with a PIN. A wrong password, an unknown number or a number of no group all get the same 401. A number ported in or given a new SIM in the last `smsPinHoldDays` days gets no PIN by SMS (403): recover access by e-mail or at a shop. A fixed-line number gets its PINs where customer care registered (e-mail or a mobile number, `PUT …/pin-destination`); with none registered, a right password gets 403 `sign-in.pin-destination-missing`. At most 5 PINs per number per hour, wherever they go (429 with `Retry-After`).',
  tag: TAG,
  access: 'public',
  body: LoginSchema,
  sends: ['sms', 'email'],
  responses: {
    200: { description: 'Signed in, or the next step (`challenge`)', schema: SignInView },
    ...problemResponses(400, 401, 403, 429),
  },
});
