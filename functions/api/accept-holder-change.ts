import { dynamoCreditSettlement } from '#shared/db/money-repository.ts';
import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { acceptHolderChange } from '#shared/use-cases/groups-holder-change.ts';
import { acceptHolderChange as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

const deps = { ...groupDeps, credit: dynamoCreditSettlement };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const { member, charges } = await acceptHolderChange(deps, actor, params.groupId, params.offerId);
  return ok({ member: memberView(member, 'admin'), charges });
});
