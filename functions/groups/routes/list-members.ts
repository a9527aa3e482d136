import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, MemberView, TAG } from '../views.ts';

// ----- members --------------------------------------------------------------------------------------

export const listMembers = defineRoute({
  operationId: 'listMembers',
  method: 'GET',
  path: '/v1/groups/{groupId}/members',
  handler: 'functions/groups/list-members',
  summary: "The group's members, page by page (admin; operator: product list)",
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of members', schema: pageOf(MemberView) },
    ...problemResponses(400, 401, 403, 404),
  },
});
