import * as z from 'zod';
import { CodeSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, MemberView, TAG } from '../views.ts';

const ChangePlanBody = z.strictObject({ plan: CodeSchema }).meta({ examples: [{ plan: 'GO150' }] });

export const changePlan = defineRoute({
  operationId: 'changePlan',
  method: 'PUT',
  path: '/v1/groups/{groupId}/members/{msisdn}/plan',
  handler: 'functions/groups/change-plan',
  summary: "Change a member's plan (admin) [added]",
  description:
    'Free switching. A downgrade is refused (422, with `commitmentEndsOn`) while a commitment is active when the tenant policy says so. A plan with a commitment starts a new one. A number in the business club that moves to a plan which does not count as a monthly contract (`clubEligible`) leaves the club in the same transaction.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: ChangePlanBody,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
