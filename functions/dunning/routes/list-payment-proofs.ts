import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { InvoiceParams, ProofView, TAG } from '../views.ts';

export const listPaymentProofs = defineRoute({
  operationId: 'listPaymentProofs',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs',
  handler: 'functions/dunning/list-payment-proofs',
  summary: 'The proofs of payment sent for an invoice',
  description: 'Oldest first, whatever their status. The group admin and the operator; a member gets 403.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'operator'],
  params: InvoiceParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of proofs', schema: pageOf(ProofView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
