import { ProofDecisionBodySchema } from '#shared/dunning/proofs.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ProofParams, ProofView, TAG } from '../views.ts';

export const decidePaymentProof = defineRoute({
  operationId: 'decidePaymentProof',
  method: 'POST',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/decision',
  handler: 'functions/dunning/decide-payment-proof',
  summary: 'Approve or reject a submitted proof of payment',
  description:
    'By the operator’s staff, from their queue (`GET /v1/payment-proofs`). An approval restores a suspended group’s service (or confirms a provisional restoration) and ends the reminders; a rejection (its reason is required, 5–500 characters) is told to the customer by SMS and ends a provisional restoration. The same decision again answers the same; another decision, or one on a proof not yet submitted, is 409.',
  tag: TAG,
  access: ['operator'],
  params: ProofParams,
  body: ProofDecisionBodySchema.meta({
    examples: [{ decision: 'approve', reason: 'The transfer is on our account statement of today.' }],
  }),
  responses: {
    200: { description: 'Decided', schema: ProofView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
