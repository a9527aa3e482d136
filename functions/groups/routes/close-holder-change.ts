import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { OfferParams, OfferView, TAG } from '../views.ts';

export const closeHolderChange = defineRoute({
  operationId: 'closeHolderChange',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/holder-changes/{offerId}',
  handler: 'functions/groups/close-holder-change',
  summary: 'Withdraw (offering admin) or decline (receiving admin) an open offer [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: OfferParams,
  responses: {
    200: { description: 'The closed offer', schema: OfferView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
