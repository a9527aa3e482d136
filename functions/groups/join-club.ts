import { clubView } from '#shared/groups/clubs.ts';
import { memberView } from '#shared/groups/domain.ts';
import { joinClub } from '#shared/groups/use-cases/join-club.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { joinClub as route } from './routes/join-club.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const { club, member, charges } = await joinClub(groupDeps, actor, params.groupId, params.msisdn);
  return ok({ club: clubView(club), member: memberView(member, 'admin'), charges });
});
