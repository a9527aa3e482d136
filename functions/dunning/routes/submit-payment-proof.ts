import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ProofParams, ProofView, TAG } from '../views.ts';

export const submitPaymentProof = defineRoute({
  operationId: 'submitPaymentProof',
  method: 'POST',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/submit',
  handler: 'functions/dunning/submit-payment-proof',
  summary: 'Submit a proof of payment once its document is uploaded',
  description:
    'By the group admin. The uploaded document must be the one declared: its size, and content of the declared type (400 naming `document` otherwise; nothing uploaded yet is 409). The proof then waits for the operator’s review (`pending`); where the tenant restores service on a proof alone, a suspended group’s service comes back within moments. Submitting it again answers the same.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: ProofParams,
  // Copies the uploaded document out of the upload URL's reach and looks at it.
  uses: ['proof-files'],
  responses: {
    200: { description: 'Submitted: waiting for review', schema: ProofView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
