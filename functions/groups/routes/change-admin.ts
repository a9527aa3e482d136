import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, GroupView, TAG } from '../views.ts';

const ChangeAdminBody = z
  .strictObject({ msisdn: z.string().trim().min(3).max(32) })
  .meta({ examples: [{ msisdn: '+38640100000' }] });

export const changeAdmin = defineRoute({
  operationId: 'changeAdmin',
  method: 'PUT',
  path: '/v1/groups/{groupId}/admin',
  handler: 'functions/groups/change-admin',
  summary: 'Hand the administrator role to another member (admin) [added]',
  description:
    'The old admin stays a member; its tokens lose admin rights at once (rights are checked against the stored admin number).',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: ChangeAdminBody,
  responses: {
    200: { description: 'The group', schema: GroupView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
