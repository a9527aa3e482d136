import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AuthorisedEmailsView, GroupParams, TAG } from '../views.ts';

export const getAuthorisedEmails = defineRoute({
  operationId: 'getAuthorisedEmails',
  method: 'GET',
  path: '/v1/groups/{groupId}/authorised-emails',
  handler: 'functions/support/get-authorised-emails',
  summary: 'Addresses authorised to open support requests by e-mail',
  description: "The admin's list on the customer record; the group's billing e-mail is authorised too.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  responses: {
    200: { description: 'The authorised addresses', schema: AuthorisedEmailsView },
    ...problemResponses(400, 401, 403, 404),
  },
});
