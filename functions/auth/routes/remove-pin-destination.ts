import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG } from '../views.ts';

export const removePinDestination = defineRoute({
  operationId: 'removePinDestination',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/members/{msisdn}/pin-destination',
  handler: 'functions/auth/remove-pin-destination',
  summary: 'Remove a fixed line’s PIN destination (customer care)',
  description:
    'The fixed-line number signs in no more (403 after the password) until customer care registers another destination; the removed destination is told, and the change is in the group’s audit trail. The operator only; 404 when none is registered.',
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  allowed: ['operator'],
  params: z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema }),
  sends: ['sms', 'email'],
  responses: {
    204: { description: 'Removed' },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
