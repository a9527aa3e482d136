import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ChargeView, ClubView, MemberParams, MemberView, TAG } from '../views.ts';

const Joined = z.object({
  club: ClubView,
  member: MemberView,
  charges: z
    .array(ChargeView)
    .describe(
      'the club-member fee recorded for the next invoice; empty when the number was in the club already',
    ),
});

export const joinClub = defineRoute({
  operationId: 'joinClub',
  method: 'PUT',
  path: '/v1/groups/{groupId}/club/members/{msisdn}',
  handler: 'functions/groups/join-club',
  summary: 'Add a number of the group to its business club (admin) [added]',
  description:
    "Requires `Idempotency-Key`. The number must be on a plan that counts as a monthly contract (409 naming `path.msisdn` otherwise). The catalog's `club-member` fee is recorded for the next invoice in the same transaction; a number already in the club changes nothing and pays nothing.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  idempotent: true,
  responses: {
    200: { description: 'The number is in the club', schema: Joined },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
