import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RejectedRecordView, TAG } from '../views.ts';

export const listRejectedRecords = defineRoute({
  operationId: 'listRejectedRecords',
  method: 'GET',
  path: '/v1/usage-records/rejected',
  handler: 'functions/usage/list-rejected-records',
  summary: 'The usage records rejected on a day, with their reasons (mediation)',
  description:
    '`date` is a day in UTC by when the records arrived (default: today); kept 35 days. Each entry has the record as it was sent, the reason and the detail, so the mediation can correct it and send it again. Paginated.',
  tag: TAG,
  // Call detail is the network's, never the operator's (privacy).
  access: ['mediation'],
  query: pageQuery.extend({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2026-12-01')
      .optional(),
  }),
  responses: {
    200: {
      description: 'A page of rejected records',
      schema: pageOf(RejectedRecordView).extend({ date: z.string() }),
    },
    ...problemResponses(400, 401, 403),
  },
});
