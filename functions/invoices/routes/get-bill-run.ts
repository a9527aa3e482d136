import { pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { BillRunView, RunParams, TAG } from '../views.ts';

export const getBillRun = defineRoute({
  operationId: 'getBillRun',
  method: 'GET',
  path: '/v1/bill-runs/{runId}',
  handler: 'functions/invoices/get-bill-run',
  summary: 'A bill run: its progress and its failures',
  description:
    'The set of groups fixed at the start, how many are done, skipped (nothing to bill) or failed, and a page of the failures with their reasons (`limit`, `cursor` page through them). The operator only.',
  tag: TAG,
  access: ['operator'],
  params: RunParams,
  query: pageQuery,
  responses: {
    200: { description: 'The run', schema: BillRunView },
    ...problemResponses(400, 401, 403, 404),
  },
});
