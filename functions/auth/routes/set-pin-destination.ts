import * as z from 'zod';
import { PinDestinationSchema } from '#shared/auth/domain.ts';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { TAG } from '../views.ts';

export const PinDestinationView = z.object({
  msisdn: z.string().describe('the fixed-line number'),
  kind: z.enum(['email', 'mobile']),
  to: z.string().describe('the e-mail address (lower-cased) or the mobile number (E.164)'),
  reference: z.string(),
  registeredAt: z.string(),
  initialPasswordSent: z
    .boolean()
    .describe('the initial password went to this destination (the first sign-in is still pending)'),
});

export const setPinDestination = defineRoute({
  operationId: 'setPinDestination',
  method: 'PUT',
  path: '/v1/groups/{groupId}/members/{msisdn}/pin-destination',
  handler: 'functions/auth/set-pin-destination',
  summary: 'Register where a fixed line’s sign-in PIN goes (customer care)',
  description:
    'A fixed-line number receives no SMS: customer care registers, after checking the customer’s identity, the e-mail address or the mobile number (of a country the platform serves) that gets its initial password and every sign-in PIN. `reference` records that check; the change is in the group’s audit trail. The previous destination (if any) and the new one are told. While the first sign-in is pending the initial password goes to the new destination. The operator only (not the group’s admin); a mobile number gets its PIN by SMS itself (422).',
  tag: TAG,
  access: ['operator', 'admin', 'member'],
  allowed: ['operator'],
  params: z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema }),
  body: PinDestinationSchema,
  sends: ['sms', 'email'],
  responses: {
    200: { description: 'Registered', schema: PinDestinationView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
