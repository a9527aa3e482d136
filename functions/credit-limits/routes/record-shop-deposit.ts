import { ShopDepositBodySchema } from '#shared/credit-limits/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { DepositView, eur, TAG } from '../views.ts';

export const recordShopDeposit = defineRoute({
  operationId: 'recordShopDeposit',
  method: 'POST',
  path: '/v1/credit-limit-deposits',
  handler: 'functions/credit-limits/record-shop-deposit',
  summary: 'Record a deposit paid at a shop',
  description:
    "By the operator, when the customer paid the deposit at a shop: completed at once, it raises the number's limit for the current billing period, is kept for that period's invoice and is written to the group's audit trail; the customer gets an SMS. `paidAt` may not be in the future.",
  tag: TAG,
  access: ['operator'],
  body: ShopDepositBodySchema.meta({
    examples: [
      {
        groupId: '01J0000000000000000000000G',
        msisdn: '+38640100000',
        amount: eur(3000),
        paidAt: '2025-03-14T10:00:00Z',
        receipt: 'LJ-CENTER-000421',
      },
    ],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Recorded and in force', schema: DepositView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
