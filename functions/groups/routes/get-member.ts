import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, MemberView, TAG } from '../views.ts';

export const getMember = defineRoute({
  operationId: 'getMember',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/get-member',
  summary: 'Member detail (admin; the member itself; operator: product entry)',
  tag: TAG,
  access: ['admin', 'operator', 'member'],
  params: MemberParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404),
  },
});
