import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { INBOUND_EMAIL_MAX_BODY_BYTES, InboundEmailSchema } from '#shared/support/domain.ts';
import { InboundOutcomeView, TAG } from '../views.ts';

export const receiveInboundEmail = defineRoute({
  operationId: 'receiveInboundEmail',
  method: 'POST',
  path: '/v1/inbound-email',
  handler: 'functions/support/receive-inbound-email',
  summary: "Mail received at the tenant's support address or at its business address",
  description:
    "By the mail gateway (role `mail-gateway`; an SES receipt rule's Lambda would call the same use cases). Mail to the support address: a sender authorised on a group's record (its list or its billing e-mail) opens a ticket with `channel: email` (the ticket keeps the text, not the attachments); under the tenant policy `ticketEmail: any` every sender does. Mail to the business address (the tenant's seller e-mail) is a proof of payment: from an authorised sender only (whatever the policy), its first attachment that is a PDF, JPEG or PNG of that content becomes the document of a proof of the group's oldest invoice whose dunning is active (else its newest with something due), waiting in the staff's queue at once (`outcome: payment-proof`, `channel: email`, `declared: false`). Any other mail is rejected with the reason (`sender-not-authorised`, `nothing-due`, `no-proof-document`, `too-many-open-proofs`): kept for the operator (`GET /v1/rejected-mail`), logged, and never answered. A resend of the same message id writes nothing new and answers what the first delivery decided.",
  tag: TAG,
  access: ['mail-gateway'],
  body: InboundEmailSchema.meta({
    examples: [
      {
        messageId: '<c2f1e0a4.ticket@mail.example.com>',
        from: 'it@example.com',
        to: 'podpora@alpina.example',
        subject: 'Router offline',
        text: 'Our office router has been offline since this morning.',
      },
      {
        messageId: '<9b7d41e2.proof@mail.example.com>',
        from: 'it@example.com',
        to: 'racuni@alpina.example',
        subject: 'NLB 000184',
        text: 'The confirmation of our transfer is attached.',
        attachments: [
          {
            fileName: 'potrdilo.pdf',
            contentType: 'application/pdf',
            contentBase64: 'JVBERi0xLjQKJSBhIGJhbmsgY29uZmlybWF0aW9uIG9mIHRoZSB0cmFuc2Zlcgo=',
          },
        ],
      },
    ],
  }),
  // A proof's document (at most 5 MiB) and a little more, in base64, with the text.
  maxBodyBytes: INBOUND_EMAIL_MAX_BODY_BYTES,
  // Puts the document of a proof by e-mail where staff download it.
  uses: ['proof-files'],
  responses: {
    200: { description: 'What became of the message', schema: InboundOutcomeView },
    ...problemResponses(400, 401, 403),
  },
});
