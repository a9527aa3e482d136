import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, InvoiceSummary, TAG } from '../views.ts';

export const listInvoices = defineRoute({
  operationId: 'listInvoices',
  method: 'GET',
  path: '/v1/groups/{groupId}/invoices',
  handler: 'functions/invoices/list-invoices',
  summary: "The group's invoices",
  description:
    'Issued invoices, newest period first. The admin only: an invoice shows every number’s usage, so a member and the operator get 403.',
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of invoices', schema: pageOf(InvoiceSummary) },
    ...problemResponses(400, 401, 403, 404),
  },
});
