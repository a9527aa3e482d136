import { DepositBodySchema } from '#shared/credit-limits/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { DepositView, eur, MemberParams, TAG } from '../views.ts';

export const createDeposit = defineRoute({
  operationId: 'createCreditLimitDeposit',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/credit-limit/deposits',
  handler: 'functions/credit-limits/create-deposit',
  summary: "Pay a deposit that raises a number's credit limit for the billing period",
  description:
    "By the group admin, for the amount customer care stated. Pending with an ISO 11649 payment reference until the bank reports a payment quoting it (`POST /v1/payments`); then the number's limit rises by what was paid for the billing period in which it is paid, the deposit is kept for that period's invoice (which credits it) and the customer gets an SMS. A payment beyond the deposit becomes prepaid credit of the number. Deposits paid at a shop are recorded by the operator (`POST /v1/credit-limit-deposits`).",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: DepositBodySchema.meta({ examples: [{ amount: eur(3000), method: 'bank-transfer' }] }),
  idempotent: true,
  responses: {
    201: { description: 'Pending until paid', schema: DepositView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
