import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ProofView, TAG } from '../views.ts';

export const listPaymentProofQueue = defineRoute({
  operationId: 'listPaymentProofQueue',
  method: 'GET',
  path: '/v1/payment-proofs',
  handler: 'functions/dunning/list-payment-proof-queue',
  summary: "The staff's queue of proofs of payment (`status=pending`, the default), oldest first",
  description:
    'The tenant’s submitted proofs waiting for review, or those approved or rejected, by submission time; decide one with `POST …/payment-proofs/{proofId}/decision`.',
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') }),
  responses: {
    200: { description: 'A page of proofs', schema: pageOf(ProofView) },
    ...problemResponses(400, 401, 403),
  },
});
