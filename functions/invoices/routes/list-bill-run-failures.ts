import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RunFailureView, RunParams, TAG } from '../views.ts';

export const listBillRunFailures = defineRoute({
  operationId: 'listBillRunFailures',
  method: 'GET',
  path: '/v1/bill-runs/{runId}/failures',
  handler: 'functions/invoices/list-bill-run-failures',
  summary: 'The groups a bill run could not invoice, with the reasons',
  description:
    'A group whose data cannot make an invoice (an unknown plan, an amount in another currency, the operator without seller details) fails alone; the others go on. The operator only.',
  tag: TAG,
  access: ['operator'],
  params: RunParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of failures, by group id', schema: pageOf(RunFailureView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
