import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, GroupView, TAG } from '../views.ts';

export const getGroup = defineRoute({
  operationId: 'getGroup',
  method: 'GET',
  path: '/v1/groups/{groupId}',
  handler: 'functions/groups/get-group',
  summary: 'Group overview: profile, status, member count per plan',
  description:
    'The admin sees the whole profile; the operator sees the product-list view (IBAN and identity document masked). The members are listed, page by page, at `GET /v1/groups/{groupId}/members`.',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404),
  },
});
