import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, PeriodQuery, RatedRecordView, TAG } from '../views.ts';

export const listUsageRecords = defineRoute({
  operationId: 'listUsageRecords',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/usage/records',
  handler: 'functions/usage/list-usage-records',
  summary: "A number's rated records of a period (the itemized bill)",
  description:
    'In time order, paginated; each with its line code, category and charge. The group’s admin for any member, a member for its own number; never the operator.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'member'],
  params: MemberParams,
  query: pageQuery.extend({ period: PeriodQuery }),
  responses: {
    200: { description: 'A page of records', schema: pageOf(RatedRecordView).extend({ period: z.string() }) },
    ...problemResponses(400, 401, 403, 404),
  },
});
