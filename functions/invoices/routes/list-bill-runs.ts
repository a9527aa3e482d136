import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { BillRunSummary, TAG } from '../views.ts';

export const listBillRuns = defineRoute({
  operationId: 'listBillRuns',
  method: 'GET',
  path: '/v1/bill-runs',
  handler: 'functions/invoices/list-bill-runs',
  summary: "The tenant's bill runs",
  description: 'One run per period, newest first. The operator only.',
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of bill runs', schema: pageOf(BillRunSummary) },
    ...problemResponses(400, 401, 403),
  },
});
