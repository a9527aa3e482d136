import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { LedgerLine, MemberParams, TAG } from '../views.ts';

export const listNumberLedger = defineRoute({
  operationId: 'listNumberLedger',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/ledger',
  handler: 'functions/money/list-number-ledger',
  summary: "A number's credit movements, newest first",
  tag: TAG,
  access: ['admin', 'member'],
  params: MemberParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of ledger entries', schema: pageOf(LedgerLine) },
    ...problemResponses(400, 401, 403, 404),
  },
});
