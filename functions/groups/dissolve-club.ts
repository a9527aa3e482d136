import { dissolveClub } from '#shared/groups/use-cases/dissolve-club.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { dissolveClub as route } from './routes/dissolve-club.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) =>
  ok(await dissolveClub(groupDeps, { principal, tenant, correlationId }, params.groupId)),
);
