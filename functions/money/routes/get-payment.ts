import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { PaymentParams, PaymentView, TAG } from '../views.ts';

export const getPayment = defineRoute({
  operationId: 'getPayment',
  method: 'GET',
  path: '/v1/payments/{paymentId}',
  handler: 'functions/money/get-payment',
  summary: 'A payment received',
  tag: TAG,
  access: ['psp', 'operator'],
  params: PaymentParams,
  responses: {
    200: { description: 'The payment', schema: PaymentView },
    ...problemResponses(400, 401, 403, 404),
  },
});
