import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { InvoiceParams, InvoiceView, TAG } from '../views.ts';

export const getInvoice = defineRoute({
  operationId: 'getInvoice',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}',
  handler: 'functions/invoices/get-invoice',
  summary: 'One invoice with every line and its explanation',
  description:
    'Every line has a stable code and a plain-language explanation in the group’s language; then the VAT by rate, the totals and the statement of account (prepaid usage paid, previous unpaid, payments, deposits). The admin only.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin'],
  params: InvoiceParams,
  responses: {
    200: { description: 'The invoice', schema: InvoiceView },
    ...problemResponses(400, 401, 403, 404),
  },
});
