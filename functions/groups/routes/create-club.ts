import { NewClubSchema } from '#shared/groups/clubs.ts';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ClubView, GroupParams, TAG } from '../views.ts';

const CreateClubBody = NewClubSchema.meta({
  examples: [{ members: ['+38349100001', '+38349100002', '+38349100003'] }],
});

export const createClub = defineRoute({
  operationId: 'createClub',
  method: 'POST',
  path: '/v1/groups/{groupId}/club',
  handler: 'functions/groups/create-club',
  summary: "Found the group's business club with its first numbers (admin) [added]",
  description:
    "Calls between the numbers of the club are free. The founders (at most 90; more join one by one) must be numbers of the group on plans that count as monthly contracts (`clubEligible`), at least the package's `policies.businessClubs.minMembers`; they pay no joining fee. 409 when the operator offers no clubs, the group already has one, too few numbers are named (`minMembers` says how many are needed), or a number is not in the group or not on an eligible plan (`errors` names it).",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: CreateClubBody,
  responses: {
    201: { description: 'The club', schema: ClubView, headers: locationHeader('the club') },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
