import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, PeriodQuery, TAG, UsageView } from '../views.ts';

export const getMemberUsage = defineRoute({
  operationId: 'getMemberUsage',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/usage',
  handler: 'functions/usage/get-member-usage',
  summary: "A number's usage of a period: allowances, charges, credit limit and cap",
  description:
    'Used and remaining units per allowance (the plan’s and each pack’s, in seconds, messages or bytes), charges by category and by line code, the spend of the period beyond monthly fees, the credit limit in force and the spending cap with how much of each is used, and a bar. The group’s admin for any member, a member for its own number; never the operator (privacy).',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'member'],
  params: MemberParams,
  query: z.strictObject({ period: PeriodQuery }),
  responses: {
    200: { description: 'The usage', schema: UsageView },
    ...problemResponses(400, 401, 403, 404),
  },
});
