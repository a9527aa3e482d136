import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberWithCharges, OfferParams, TAG } from '../views.ts';

export const acceptHolderChange = defineRoute({
  operationId: 'acceptHolderChange',
  method: 'POST',
  path: '/v1/groups/{groupId}/holder-changes/{offerId}/accept',
  handler: 'functions/groups/accept-holder-change',
  summary: 'Accept a number offered to this group (change of holder, step 2, receiving admin) [added]',
  description:
    'The number leaves the offering group, and its business club if it was in one, in the same transaction; it joins no club of this group by itself.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: OfferParams,
  responses: {
    200: { description: 'The number, now a member of this group', schema: MemberWithCharges },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
