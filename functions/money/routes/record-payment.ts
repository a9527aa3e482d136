import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { PaymentBodySchema } from '#shared/money/payments.ts';
import { eur, PaymentView, TAG } from '../views.ts';

// ----- payments ----------------------------------------------------------------------------------

export const recordPayment = defineRoute({
  operationId: 'recordPayment',
  method: 'POST',
  path: '/v1/payments',
  handler: 'functions/money/record-payment',
  summary: 'Report a payment received (bank, payment provider, operator)',
  description:
    'Matched by reference to a pending top-up or a credit-limit deposit (later: an invoice); an overpayment becomes prepaid credit of the number; a payment that matches nothing is kept for the operator. A second delivery of the same `paymentId` changes nothing (200 with the recorded payment).',
  tag: TAG,
  access: ['psp', 'operator'],
  body: PaymentBodySchema.meta({
    examples: [
      {
        paymentId: 'NLB-2025-000123',
        amount: eur(2000),
        reference: 'RF18539007547034',
        receivedAt: '2025-03-04T09:12:00Z',
      },
    ],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Recorded', schema: PaymentView, headers: locationHeader('the payment') },
    200: {
      description: 'Already recorded (a repeated delivery)',
      schema: PaymentView,
      headers: locationHeader('the payment'),
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});
