import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AssignPaymentSchema } from '#shared/money/payments.ts';
import { PaymentParams, PaymentView, TAG } from '../views.ts';

export const assignPayment = defineRoute({
  operationId: 'assignPayment',
  method: 'POST',
  path: '/v1/payments/{paymentId}/assignment',
  handler: 'functions/money/assign-payment',
  summary: 'Credit an unmatched payment to a number',
  description:
    "The operator resolves an unmatched payment: its whole amount becomes the number's prepaid credit.",
  tag: TAG,
  access: ['operator'],
  params: PaymentParams,
  body: AssignPaymentSchema.meta({
    examples: [{ groupId: '01J0000000000000000000000G', msisdn: '+38640100000' }],
  }),
  idempotent: true,
  responses: {
    200: { description: 'Assigned', schema: PaymentView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
