import { memberView } from '#shared/groups/domain.ts';
import { acceptHolderChange } from '#shared/groups/use-cases/accept-holder-change.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { departureDeps } from '#wiring';
import { acceptHolderChange as route } from './routes/accept-holder-change.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params }) => {
  const actor = { principal, tenant, correlationId };
  const { member, charges } = await acceptHolderChange(departureDeps, actor, params.groupId, params.offerId);
  return ok({ member: memberView(member, 'admin'), charges });
});
