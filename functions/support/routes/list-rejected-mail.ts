import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { RejectedMailView, TAG } from '../views.ts';

export const listRejectedMail = defineRoute({
  operationId: 'listRejectedMail',
  method: 'GET',
  path: '/v1/rejected-mail',
  handler: 'functions/support/list-rejected-mail',
  summary: 'Mail rejected on one day, newest first',
  description:
    "Senders not authorised on any customer record: kept with the reason, never answered. `date` is a day of the tenant's calendar (default today).",
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
      .optional(),
  }),
  responses: {
    200: { description: 'A page of rejected mail', schema: pageOf(RejectedMailView) },
    ...problemResponses(400, 401, 403),
  },
});
