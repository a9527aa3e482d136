import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ClubView, GroupParams, TAG } from '../views.ts';

export const getClub = defineRoute({
  operationId: 'getClub',
  method: 'GET',
  path: '/v1/groups/{groupId}/club',
  handler: 'functions/groups/get-club',
  summary:
    "The group's business club: status, members, the package's minimum (admin; operator: a product) [added]",
  description:
    'A club with fewer members on monthly contracts than the package needs is kept and flagged `below-minimum`, with `belowMinimumSince`. 404 when the group has no club.',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  responses: {
    200: { description: 'The club', schema: ClubView },
    ...problemResponses(400, 401, 403, 404),
  },
});
