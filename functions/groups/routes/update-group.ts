import { GroupPatchSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, GroupView, TAG } from '../views.ts';

const PatchGroupBody = GroupPatchSchema.meta({ examples: [{ billingEmail: 'invoices@primer.si' }] });

export const updateGroup = defineRoute({
  operationId: 'updateGroup',
  method: 'PATCH',
  path: '/v1/groups/{groupId}',
  handler: 'functions/groups/update-group',
  summary: "Change the group's billing e-mail, language, address or bank account (admin)",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: PatchGroupBody,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
