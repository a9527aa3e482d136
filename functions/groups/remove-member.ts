import { memberView } from '#shared/groups/domain.ts';
import { removeMember } from '#shared/groups/use-cases/remove-member.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { creditSettlement } from '#shared/money/dynamo.ts';
import { removeMember as route } from './routes.ts';
import { groupDeps } from './wiring.ts';

const deps = { ...groupDeps, credit: creditSettlement };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  const removed = await removeMember(deps, actor, params.groupId, params.msisdn, query.reason);
  return ok({
    member: { ...memberView(removed.member, 'admin'), status: 'released' },
    charges: removed.charges,
    creditReturned: removed.creditReturned,
  });
});
