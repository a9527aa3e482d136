import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { DunningSummaryView, ListedStageSchema, TAG } from '../views.ts';

export const listDunnings = defineRoute({
  operationId: 'listDunnings',
  method: 'GET',
  path: '/v1/dunnings',
  handler: 'functions/dunning/list-dunnings',
  summary: 'Unpaid invoices by dunning stage (`stage=suspended`, the default)',
  description:
    'The operator’s view of the tenant’s dunnings in one stage, oldest change first: `scheduled`, `reminded`, `suspended`, `provisional` (service restored on a proof not yet reviewed), `reactivated` or `collections`.',
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({ stage: ListedStageSchema.default('suspended') }),
  responses: {
    200: { description: 'A page of dunnings', schema: pageOf(DunningSummaryView) },
    ...problemResponses(400, 401, 403),
  },
});
