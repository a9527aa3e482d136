import { pageOf, pageQuery, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupView, TAG } from '../views.ts';

export const listGroups = defineRoute({
  operationId: 'listGroups',
  method: 'GET',
  path: '/v1/groups',
  handler: 'functions/groups/list-groups',
  summary: "The tenant's business customers (operator)",
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of groups', schema: pageOf(GroupView) },
    ...problemResponses(400, 401, 403),
  },
});
