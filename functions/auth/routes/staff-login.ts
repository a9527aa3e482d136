import { StaffLoginSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { StaffSignInView, TAG } from '../views.ts';

export const staffLogin = defineRoute({
  operationId: 'staffLogin',
  method: 'POST',
  path: '/v1/auth/staff/login',
  handler: 'functions/auth/staff-login',
  summary: 'Sign in to the desk with the staff member’s e-mail address and password',
  description:
    'The sign-in of the operator’s staff (role `operator`). A right password always continues with a code by e-mail (`EMAIL_CODE`), and at the first sign-in, or after a colleague reset the password, with a new password. A wrong password, an unknown address or a disabled member all get the same 401. At most 5 codes per member per hour (429 with `Retry-After`).',
  tag: TAG,
  access: 'public',
  body: StaffLoginSchema,
  sends: ['email'],
  responses: {
    200: { description: 'The next step (`challenge`)', schema: StaffSignInView },
    ...problemResponses(400, 401, 429),
  },
});
