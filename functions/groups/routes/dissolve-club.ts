import * as z from 'zod';
import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, TAG } from '../views.ts';

const Dissolved = z.object({ clubId: z.string(), dissolvedAt: z.string() });

export const dissolveClub = defineRoute({
  operationId: 'dissolveClub',
  method: 'DELETE',
  path: '/v1/groups/{groupId}/club',
  handler: 'functions/groups/dissolve-club',
  summary: "Dissolve the group's business club (admin) [added]",
  description:
    'Clears the membership of every number (calls between them are charged again) and deletes the club; the group may found a new one. A club of more than 90 numbers is closed to joins first (`dissolving`) and cleared in steps; if the answer is lost part-way, sending the request again finishes it.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  responses: {
    200: { description: 'Dissolved', schema: Dissolved },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
