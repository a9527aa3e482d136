import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { PaymentView, TAG } from '../views.ts';

export const listUnmatchedPayments = defineRoute({
  operationId: 'listUnmatchedPayments',
  method: 'GET',
  path: '/v1/payments',
  handler: 'functions/money/list-unmatched-payments',
  summary: 'Payments that matched nothing (`status=unmatched`), oldest first',
  description:
    'Kept for the operator, never dropped; resolve one with `POST /v1/payments/{paymentId}/assignment`.',
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({ status: z.enum(['unmatched']) }),
  responses: {
    200: { description: 'A page of payments', schema: pageOf(PaymentView) },
    ...problemResponses(400, 401, 403),
  },
});
