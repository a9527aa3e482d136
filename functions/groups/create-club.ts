import { clubView } from '#shared/groups/clubs.ts';
import { createClub } from '#shared/groups/use-cases/create-club.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { createClub as route } from './routes/create-club.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const club = await createClub(groupDeps, { principal, tenant, correlationId }, params.groupId, body);
  return created(clubView(club), `/v1/groups/${params.groupId}/club`);
});
