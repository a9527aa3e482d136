import { RecoveryRequestSchema } from '#shared/auth/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RecoveryAcceptedView, TAG } from '../views.ts';

export const startRecovery = defineRoute({
  operationId: 'startRecovery',
  method: 'POST',
  path: '/v1/auth/recovery',
  handler: 'functions/auth/start-recovery',
  summary: 'Ask for a password recovery code by e-mail',
  description:
    "Always 202 with the same body, whatever the number: nobody learns from it whether a number is a customer. When the number is a group's administrator, a recovery code (valid 30 minutes, used once) goes to the group's billing e-mail in the group's language; members have no e-mail on record, so nothing is sent for them (a shop recovers their access, with an identity document). A new code replaces the previous one; at most 3 recovery e-mails per number per hour, later requests send nothing. A number within the SMS-PIN hold (ported in, new SIM) recovers by e-mail like any other. Then `POST /v1/auth/recovery/confirm`.",
  tag: TAG,
  access: 'public',
  body: RecoveryRequestSchema.meta({ examples: [{ tenant: 'alpina', username: '+38640123456' }] }),
  sends: ['email'],
  responses: {
    202: { description: 'Accepted (the same answer for every number)', schema: RecoveryAcceptedView },
    ...problemResponses(400),
  },
});
