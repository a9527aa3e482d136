import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { InvoiceParams, TAG } from '../views.ts';

export const getInvoiceXml = defineRoute({
  operationId: 'getInvoiceXml',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices/{invoiceId}/xml',
  handler: 'functions/invoices/get-invoice-xml',
  summary: 'The invoice as an EN 16931 e-invoice (UBL 2.1)',
  description:
    'The structured invoice a tax authority and an accounting system read: seller and buyer VAT IDs, the charged lines, the VAT breakdown and the payment means. Valid against the UBL 2.1 schema and the EN 16931 rules. The admin only.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin'],
  params: InvoiceParams,
  responses: {
    200: {
      description: 'The UBL 2.1 invoice',
      contentType: 'application/xml',
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
