import { DecisionBodySchema } from '#shared/credit-limits/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RequestParams, RequestView, TAG } from '../views.ts';

export const decideIncreaseRequest = defineRoute({
  operationId: 'decideCreditLimitRequest',
  method: 'POST',
  path: '/v1/credit-limit-requests/{requestId}/decision',
  handler: 'functions/credit-limits/decide-increase-request',
  summary: 'Approve or reject an increase request',
  description:
    "By the operator, under its risk policy; the reason is recorded and required for a rejection. An approval raises the number's limit at once (a permanent one from now on, a temporary one for the current billing period). The customer gets an SMS either way. A decided request cannot be decided again (409).",
  tag: TAG,
  access: ['operator'],
  params: RequestParams,
  body: DecisionBodySchema.meta({
    examples: [{ decision: 'approve', reason: 'Paid every invoice on time for two years' }],
  }),
  responses: {
    200: { description: 'Decided', schema: RequestView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
