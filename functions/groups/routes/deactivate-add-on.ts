import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AddOnParams, MemberView, TAG } from '../views.ts';

export const deactivateAddOn = defineRoute({
  operationId: 'deactivateAddOn',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/members/{msisdn}/add-ons/{addOnCode}',
  handler: 'functions/groups/deactivate-add-on',
  summary: 'Deactivate an add-on (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: AddOnParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
