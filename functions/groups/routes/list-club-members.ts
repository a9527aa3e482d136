import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, MemberView, TAG } from '../views.ts';

export const listClubMembers = defineRoute({
  operationId: 'listClubMembers',
  method: 'GET',
  path: '/v1/groups/{groupId}/club/members',
  handler: 'functions/groups/list-club-members',
  summary: "The numbers of the group's business club, page by page (admin; operator: product list) [added]",
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of the club’s members, in number order', schema: pageOf(MemberView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
