import { IncreaseRequestBodySchema } from '#shared/credit-limits/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { eur, MemberParams, RequestView, TAG } from '../views.ts';

export const requestIncrease = defineRoute({
  operationId: 'requestCreditLimitIncrease',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/credit-limit/requests',
  handler: 'functions/credit-limits/request-increase',
  summary: "Ask the operator to raise a number's credit limit",
  description:
    "By the group admin: `permanent` (with references to the authorised person's identity document and to the written request bearing the company stamp; never the images) or `temporary` (for the billing period in which it is approved). At most one request per number every two months: an earlier one is 409 naming the day the next is possible (`nextRequestFrom`). The operator decides it (`POST /v1/credit-limit-requests/{requestId}/decision`).",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: IncreaseRequestBodySchema.meta({
    examples: [
      {
        kind: 'permanent',
        amount: eur(10000),
        documents: {
          authorisedPerson: {
            name: 'Ana Novak',
            idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/2025/0001' },
          },
          stampedRequest: { reference: 'dms:requests/2025/0042' },
        },
        note: 'Field team travels abroad from April',
      },
    ],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Pending until the operator decides', schema: RequestView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
