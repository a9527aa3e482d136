import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { text } from '#shared/kernel/text.ts';
import { TAG } from '../views.ts';

export const PasswordResetBody = z
  .strictObject({
    reference: text({ min: 3, max: 200 }).meta({
      description:
        'the identity check customer care made (document and its reference), kept in the audit trail',
    }),
  })
  .meta({ examples: [{ reference: 'ID card KS1234567 seen at the Prishtinë shop, desk 3' }] });

export const PasswordResetView = z.object({
  msisdn: z.string(),
  reference: z.string(),
  resetAt: z.string(),
  sentTo: z
    .string()
    .describe(
      'where the new initial password went: the number by SMS, or a fixed line’s destination (masked)',
    ),
});

export const resetPassword = defineRoute({
  operationId: 'resetPassword',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/password-reset',
  handler: 'functions/auth/reset-password',
  summary: 'Reset a subscriber’s password on proof of identity (customer care)',
  description:
    'Besides recovery by e-mail, access is restored only on proof of identity: customer care, after checking it (`reference`, kept in the group’s audit trail), gives the number new credentials. A new initial password goes by SMS to the number (or to a fixed line’s registered destination), every session ends, and the next sign-in continues with a PIN and a new password as the first one did. The operator only (not the group’s admin: a stolen session must not take over a number). 409 while the number has no sign-in account yet, or a fixed line has no PIN destination.',
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  allowed: ['operator'],
  params: z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema }),
  body: PasswordResetBody,
  sends: ['sms', 'email'],
  provisionsUsers: true,
  responses: {
    200: { description: 'Reset: the new initial password is on its way', schema: PasswordResetView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
