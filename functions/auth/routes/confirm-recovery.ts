import { RecoveryConfirmSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG } from '../views.ts';

export const confirmRecovery = defineRoute({
  operationId: 'confirmRecovery',
  method: 'POST',
  path: '/v1/auth/recovery/confirm',
  handler: 'functions/auth/confirm-recovery',
  summary: 'Set a new password with the code of the recovery e-mail',
  description:
    'The phone number, the code of the latest recovery e-mail and the new password (at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol; 400 naming `body.newPassword` otherwise, and the code stays good). A wrong, expired or used code, or a number with no recovery, is the same 401 `recovery.failed`; the fifth wrong code ends the recovery. On success every session of the number ends, the number is told by SMS, and the next sign-in uses the new password (with the PIN by SMS where the tenant policy asks for it).',
  tag: TAG,
  access: 'public',
  body: RecoveryConfirmSchema,
  sends: ['sms', 'email'],
  setsPasswords: true,
  responses: {
    204: { description: 'The new password is set' },
    ...problemResponses(400, 401),
  },
});
