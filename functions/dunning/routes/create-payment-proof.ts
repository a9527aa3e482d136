import { CreateProofBodySchema, MAX_OPEN_PROOFS, PAID_ON_WINDOW_DAYS } from '#shared/dunning/proofs.ts';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { CreatedProofView, eur, InvoiceParams, TAG } from '../views.ts';

export const createPaymentProof = defineRoute({
  operationId: 'createPaymentProof',
  method: 'POST',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs',
  handler: 'functions/dunning/create-payment-proof',
  summary: 'Declare a proof of payment of an invoice and get the URL to upload its document',
  description: `By the group admin, for an issued invoice with something still due (else 409): the amount paid (in the invoice's currency), the day (not in the future, not more than ${PAID_ON_WINDOW_DAYS} days before the invoice's issue date), the bank's reference and the document it will upload (PDF, JPEG or PNG, at most 5 MB). The answer's \`upload\` says where to PUT the document, within 15 minutes; then \`POST …/payment-proofs/{proofId}/submit\`. At most ${MAX_OPEN_PROOFS} proofs of an invoice wait for their document or for review at once (409).`,
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: InvoiceParams,
  body: CreateProofBodySchema.meta({
    examples: [
      {
        amount: eur(2440),
        paidOn: '2026-03-02',
        bankReference: 'NLB 2026-03-02 000184',
        document: { fileName: 'potrdilo-o-placilu.pdf', contentType: 'application/pdf', size: 48213 },
      },
    ],
  }),
  idempotent: true,
  // The answer carries a presigned upload URL of the documents bucket.
  uses: ['proof-files'],
  responses: {
    201: {
      description: 'Declared: waiting for its document',
      schema: CreatedProofView,
      headers: locationHeader('the proof'),
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
