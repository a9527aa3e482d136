import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, TAG, TopUpView, Ulid } from '../views.ts';

const TopUpParams = MemberParams.extend({ topUpId: Ulid });

export const getTopUp = defineRoute({
  operationId: 'getTopUp',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/top-ups/{topUpId}',
  handler: 'functions/money/get-top-up',
  summary: 'A top-up and its status',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: TopUpParams,
  responses: {
    200: { description: 'The top-up', schema: TopUpView },
    ...problemResponses(400, 401, 403, 404),
  },
});
