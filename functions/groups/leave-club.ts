import { clubView } from '#shared/groups/clubs.ts';
import { memberView } from '#shared/groups/domain.ts';
import { leaveClub } from '#shared/groups/use-cases/leave-club.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { leaveClub as route } from './routes/leave-club.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const { club, member } = await leaveClub(groupDeps, actor, params.groupId, params.msisdn);
  return ok({ club: clubView(club), member: memberView(member, 'admin') });
});
