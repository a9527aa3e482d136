import { memberView } from '#shared/groups/domain.ts';
import { getMember } from '#shared/groups/use-cases/get-member.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { getMember as route } from './routes/get-member.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  const { member, viewer } = await getMember(groupDeps, principal, params.groupId, params.msisdn);
  return ok(memberView(member, viewer));
});
