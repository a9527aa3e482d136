import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { InvoiceParams, TAG } from '../views.ts';

export const getInvoicePdf = defineRoute({
  operationId: 'getInvoicePdf',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/pdf',
  handler: 'functions/invoices/get-invoice-pdf',
  summary: 'The invoice as a PDF',
  description:
    'Every line with its explanation, grouped per number, the VAT by rate, the totals and the statement of account, in the group’s language. The admin only.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin'],
  params: InvoiceParams,
  // The PDF is rendered once and kept in the invoice bucket.
  uses: ['invoice-files'],
  responses: {
    200: {
      description: 'The PDF',
      contentType: 'application/pdf',
      headers: {
        'Content-Disposition': {
          description: 'inline, with the invoice number as the file name',
          schema: { type: 'string' },
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});
