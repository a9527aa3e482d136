import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ClubView, MemberParams, MemberView, TAG } from '../views.ts';

const Left = z.object({ club: ClubView, member: MemberView });

export const leaveClub = defineRoute({
  operationId: 'leaveClub',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/club/members/{msisdn}',
  handler: 'functions/groups/leave-club',
  summary: 'Take a number out of the business club (admin) [added]',
  description:
    "The number stays in the group. A club that falls below the package's minimum is kept and flagged `below-minimum` (with `belowMinimumSince`, and a `ClubBelowMinimum` event). A number not in the club changes nothing.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  responses: {
    200: { description: 'The number is not in the club', schema: Left },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
