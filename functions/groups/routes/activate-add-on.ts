import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AddOnParams, MemberView, TAG } from '../views.ts';

export const activateAddOn = defineRoute({
  operationId: 'activateAddOn',
  method: 'PUT',
  path: '/v1/groups/{groupId}/members/{msisdn}/add-ons/{addOnCode}',
  handler: 'functions/groups/activate-add-on',
  summary: 'Activate an add-on on a member’s number (admin) [added]',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: AddOnParams,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
