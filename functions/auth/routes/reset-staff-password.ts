import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { StaffParams } from '../../tenants/routes.ts';
import { TAG } from '../views.ts';

export const StaffPasswordResetView = z.object({
  staffId: z.string(),
  resetAt: z.string(),
  sentTo: z.string().describe('the address the new initial password went to (masked)'),
});

export const resetStaffPassword = defineRoute({
  operationId: 'resetStaffPassword',
  method: 'POST',
  path: '/v1/staff/{staffId}/password-reset',
  handler: 'functions/auth/reset-staff-password',
  summary: 'Reset a colleague’s password: a new initial password by e-mail',
  description:
    'The staff’s recovery of access: a colleague gives the member new credentials. A new initial password goes to the member’s address, every session and sign-in attempt of the old ones ends, and the next sign-in asks for the code and a new password, as the first did. 409 for a disabled member or one whose credentials are still being made.',
  tag: TAG,
  access: ['operator'],
  params: StaffParams,
  sends: ['email'],
  provisionsUsers: true,
  responses: {
    200: { description: 'Reset: the new initial password is on its way', schema: StaffPasswordResetView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
