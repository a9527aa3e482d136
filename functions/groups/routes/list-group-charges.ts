import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ChargeView, GroupParams, TAG } from '../views.ts';

export const listGroupCharges = defineRoute({
  operationId: 'listGroupCharges',
  method: 'GET',
  path: '/v1/groups/{groupId}/charges',
  handler: 'functions/groups/list-group-charges',
  summary: 'One-time charges recorded for the next invoices (admin) [added]',
  description: '`period=YYYY-MM` (tenant time zone) limits the list to one invoice period.',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-06')
      .optional(),
  }),
  responses: {
    200: { description: 'A page of charges', schema: pageOf(ChargeView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
