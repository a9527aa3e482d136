import { dynamoCreditSettlement } from '#shared/db/money-repository.ts';
import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { removeMember } from '#shared/use-cases/groups-members.ts';
import { removeMember as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

const deps = { ...groupDeps, credit: dynamoCreditSettlement };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  const { member, charges } = await removeMember(deps, actor, params.groupId, params.msisdn, query.reason);
  return ok({ member: memberView(member, 'admin'), charges });
});
