import { clubView } from '#shared/groups/clubs.ts';
import { getClub } from '#shared/groups/use-cases/get-club.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { getClub as route } from './routes/get-club.ts';

export const handler = apiHandler(route, async ({ principal, params }) =>
  ok(clubView(await getClub(groupDeps, principal, params.groupId))),
);
