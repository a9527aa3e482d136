import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TopUpBodySchema } from '#shared/money/payments.ts';
import { eur, MemberParams, TAG, TopUpView } from '../views.ts';

// ----- top-ups -----------------------------------------------------------------------------------

export const createTopUp = defineRoute({
  operationId: 'createTopUp',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/top-ups',
  handler: 'functions/money/create-top-up',
  summary: "Top up a number's prepaid balance (bank transfer, PayPal, voucher)",
  description:
    'By the group admin. `bank-transfer` creates a pending top-up with a payment reference (credited when the bank reports the payment); `paypal` captures an approved PayPal order (cards go through PayPal); `voucher` redeems a store voucher (failed codes are counted per number and group: 429 past the limit).',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: TopUpBodySchema.meta({
    examples: [
      { method: 'voucher', code: '7K3M-Q9XD-4TPA-ZC2H' },
      { method: 'bank-transfer', amount: eur(2000) },
      { method: 'paypal', amount: eur(1000), orderId: '5O190127TN364715T' },
    ],
  }),
  secrets: ['paypal'],
  idempotent: true,
  responses: {
    201: {
      description: 'Completed (PayPal, voucher) or pending (bank transfer)',
      schema: TopUpView,
      headers: locationHeader('the top-up'),
    },
    ...problemResponses(400, 401, 403, 404, 409, 422, 429),
  },
});
