import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { AuthorisedEmailsSchema } from '#shared/support/domain.ts';
import { AuthorisedEmailsView, GroupParams, TAG } from '../views.ts';

export const putAuthorisedEmails = defineRoute({
  operationId: 'putAuthorisedEmails',
  method: 'PUT',
  path: '/v1/groups/{groupId}/authorised-emails',
  handler: 'functions/support/put-authorised-emails',
  summary: 'Replace the addresses authorised to open support requests by e-mail',
  description:
    'At most 10 addresses, validated and lower-cased; mail from any other sender is rejected and logged.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: AuthorisedEmailsSchema.meta({ examples: [{ emails: ['it@example.com', 'ceo@example.com'] }] }),
  responses: {
    200: { description: 'The authorised addresses', schema: AuthorisedEmailsView },
    ...problemResponses(400, 401, 403, 404),
  },
});
