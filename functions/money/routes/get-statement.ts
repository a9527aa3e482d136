import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { PeriodSchema } from '#shared/money/domain.ts';
import { GroupParams, LedgerLine, TAG } from '../views.ts';

export const getStatement = defineRoute({
  operationId: 'getStatement',
  method: 'GET',
  path: '/v1/groups/{groupId}/statement',
  handler: 'functions/money/get-statement',
  summary: 'Every credit movement of the admin and all members in one month',
  description:
    '`period` is a month of the tenant calendar (default: the current one). Oldest first, paginated. Admin only.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({ period: PeriodSchema.optional() }),
  responses: {
    200: {
      description: 'A page of the statement',
      schema: pageOf(LedgerLine).extend({ period: z.string() }),
    },
    ...problemResponses(400, 401, 403, 404),
  },
});
