import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { CreditLimitView, MemberParams, TAG } from '../views.ts';

export const getCreditLimit = defineRoute({
  operationId: 'getCreditLimit',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/credit-limit',
  handler: 'functions/credit-limits/get-credit-limit',
  summary: "What raises a number's credit limit, its deposits and its increase requests",
  description:
    "The group admin for any of its numbers; a member for its own number only (without the requests' documents). The adjustments are those of the current billing period; the limit in force is the tenant's table for the number's tariff model plus these.",
  tag: TAG,
  access: ['admin', 'member'],
  params: MemberParams,
  responses: {
    200: { description: "The number's credit-limit page", schema: CreditLimitView },
    ...problemResponses(400, 401, 403, 404),
  },
});
