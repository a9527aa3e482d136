import * as z from 'zod';
import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, OfferView, TAG } from '../views.ts';

export const listHolderChanges = defineRoute({
  operationId: 'listHolderChanges',
  method: 'GET',
  path: '/v1/groups/{groupId}/holder-changes',
  handler: 'functions/groups/list-holder-changes',
  summary: 'Change-of-holder offers received (`direction=incoming`, default) or made (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({ direction: z.enum(['incoming', 'outgoing']).default('incoming') }),
  responses: {
    200: { description: 'A page of offers', schema: pageOf(OfferView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
