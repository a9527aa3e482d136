import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RunParams, TAG } from '../views.ts';

export const getDirectDebitFile = defineRoute({
  operationId: 'getDirectDebitFile',
  method: 'GET',
  path: '/v1/bill-runs/{runId}/direct-debit',
  handler: 'functions/invoices/get-direct-debit-file',
  summary: "The run's SEPA direct-debit collection file",
  description:
    'ISO 20022 pain.008.001.02, SEPA Core: one debit per invoice paid by direct debit with an amount due, each with its mandate, the debtor IBAN and the invoice’s ISO 11649 reference. Made once every invoice of the run is issued. The operator only.',
  tag: TAG,
  access: ['operator'],
  uses: ['invoice-files'],
  params: RunParams,
  responses: {
    200: {
      description: 'The pain.008 file',
      contentType: 'application/xml',
      headers: {
        'Content-Disposition': { description: 'attachment, named after the run', schema: { type: 'string' } },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});
