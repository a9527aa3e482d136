import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ProofDetailView, ProofParams, TAG } from '../views.ts';

export const getPaymentProof = defineRoute({
  operationId: 'getPaymentProof',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}',
  handler: 'functions/dunning/get-payment-proof',
  summary: 'One proof of payment',
  description:
    'The group admin and the operator; a member gets 403. The operator’s view of a submitted proof links its document (`documentUrl`, valid 15 minutes).',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'operator'],
  params: ProofParams,
  // The operator's view presigns a download of the document.
  uses: ['proof-files'],
  responses: {
    200: { description: 'The proof', schema: ProofDetailView },
    ...problemResponses(400, 401, 403, 404),
  },
});
