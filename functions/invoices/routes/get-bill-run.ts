import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { BillRunView, RunParams, TAG } from '../views.ts';

export const getBillRun = defineRoute({
  operationId: 'getBillRun',
  method: 'GET',
  path: '/v1/bill-runs/{runId}',
  handler: 'functions/invoices/get-bill-run',
  summary: 'A bill run: its progress and its failures',
  description:
    'The set of groups fixed at the start and how many are done, skipped (nothing to bill), failed or still pending; the failures with their reasons are `GET /v1/bill-runs/{runId}/failures`. The operator only.',
  tag: TAG,
  access: ['operator'],
  params: RunParams,
  responses: {
    200: { description: 'The run', schema: BillRunView },
    ...problemResponses(400, 401, 403, 404),
  },
});
