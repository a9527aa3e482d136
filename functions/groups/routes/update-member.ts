import { MemberPatchSchema } from '#shared/groups/domain.ts';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, MemberView, TAG } from '../views.ts';

const PatchMemberBody = MemberPatchSchema.meta({
  examples: [
    { settings: { roaming: false, premiumRate: false, spendingCap: { amount: 5000, currency: 'EUR' } } },
  ],
});

export const updateMember = defineRoute({
  operationId: 'updateMember',
  method: 'PATCH',
  path: '/v1/groups/{groupId}/members/{msisdn}',
  handler: 'functions/groups/update-member',
  summary:
    'Service settings (voice, SMS, data, roaming, international, premium-rate 090), spending cap, label (admin)',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: PatchMemberBody,
  responses: {
    200: { description: 'The member', schema: MemberView },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
