import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { ChargeView, MemberParams, MemberView, TAG } from '../views.ts';

const RemovedMember = z.object({
  member: MemberView.describe('the member as it was, with `status: released`: the number is free again'),
  charges: z.array(ChargeView),
  creditReturned: MoneySchema.describe(
    "the number's remaining prepaid credit, returned to the group's administrator (zero when there was none)",
  ),
});

export const removeMember = defineRoute({
  operationId: 'removeMember',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/remove-member',
  summary: 'Terminate a member’s subscription (admin)',
  description:
    "`reason=termination` (default) or `port-out`. Records the proportional clawback when a commitment with a benefit is still running (remaining months × monthly benefit, formula in the charge's detail) and the catalog's termination or port-out fee. A number in the group's business club leaves it in the same transaction (the club is flagged `below-minimum` when that takes it under the package's minimum). The admin's own number cannot be removed.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  query: z.strictObject({ reason: z.enum(['termination', 'port-out']).default('termination') }),
  responses: {
    200: {
      description: 'Removed: the released number, the charges recorded and the credit returned to the admin',
      schema: RemovedMember,
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
