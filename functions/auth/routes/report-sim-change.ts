import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG } from '../views.ts';

export const SimChangeView = z.object({
  msisdn: z.string(),
  simChangedAt: z.string().describe('no PIN by SMS for the tenant’s hold days from then'),
});

export const reportSimChange = defineRoute({
  operationId: 'reportSimChange',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/sim-change',
  handler: 'functions/auth/report-sim-change',
  summary: 'Report a new SIM for a number (no SMS PIN for a while)',
  description:
    'The operator reports that the number got a new SIM: for the tenant policy’s `smsPinHoldDays` its sign-in sends no PIN by SMS (e-mail recovery or the shop instead). The operator only.',
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  allowed: ['operator'],
  params: z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema }),
  responses: {
    200: { description: 'Recorded', schema: SimChangeView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
