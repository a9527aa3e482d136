import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RequestView, TAG } from '../views.ts';

export const listIncreaseRequests = defineRoute({
  operationId: 'listCreditLimitRequests',
  method: 'GET',
  path: '/v1/credit-limit-requests',
  handler: 'functions/credit-limits/list-increase-requests',
  summary: 'Increase requests waiting for a decision (`status=pending`), oldest first',
  description:
    "The operator's queue, with each request's documents; decide one with `POST /v1/credit-limit-requests/{requestId}/decision`.",
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({ status: z.enum(['pending']) }),
  responses: {
    200: { description: 'A page of requests', schema: pageOf(RequestView) },
    ...problemResponses(400, 401, 403),
  },
});
