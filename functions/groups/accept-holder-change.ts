import { memberView } from '#shared/groups/domain.ts';
import { acceptHolderChange } from '#shared/groups/use-cases/accept-holder-change.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { creditSettlement } from '#shared/money/dynamo.ts';
import { acceptHolderChange as route } from './routes.ts';
import { groupDeps } from './wiring.ts';

const deps = { ...groupDeps, credit: creditSettlement };

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const { member, charges } = await acceptHolderChange(deps, actor, params.groupId, params.offerId);
  return ok({ member: memberView(member, 'admin'), charges });
});
