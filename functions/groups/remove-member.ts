import { memberView } from '#shared/groups/domain.ts';
import { removeMember } from '#shared/groups/use-cases/remove-member.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { departureDeps } from '#wiring';
import { removeMember as route } from './routes/remove-member.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  const removed = await removeMember(departureDeps, actor, params.groupId, params.msisdn, query.reason);
  return ok({
    member: { ...memberView(removed.member, 'admin'), status: 'released' },
    charges: removed.charges,
    creditReturned: removed.creditReturned,
  });
});
