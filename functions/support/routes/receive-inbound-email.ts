import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { InboundEmailSchema } from '#shared/support/domain.ts';
import { InboundOutcomeView, TAG } from '../views.ts';

export const receiveInboundEmail = defineRoute({
  operationId: 'receiveInboundEmail',
  method: 'POST',
  path: '/v1/inbound-email',
  handler: 'functions/support/receive-inbound-email',
  summary: "Mail received at the tenant's support address",
  description:
    "By the mail gateway (role `mail-gateway`; an SES receipt rule's Lambda would call the same use case). A sender authorised on a group's record (its list or its billing e-mail) opens a ticket with `channel: email`; under the tenant policy `ticketEmail: any` every sender does. Any other sender is rejected: kept with the reason for the operator (`GET /v1/rejected-mail`), logged, and never answered. A resend of the same message id writes nothing new.",
  tag: TAG,
  access: ['mail-gateway'],
  body: InboundEmailSchema,
  responses: {
    200: { description: 'What became of the message', schema: InboundOutcomeView },
    ...problemResponses(400, 401, 403),
  },
});
