import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup } from '../access.ts';
import { memberFor } from '../members.ts';
import type { GroupDeps } from '../ports.ts';

// ----- reading -----------------------------------------------------------------------------------

export async function getMember(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  digits: string,
) {
  const access = await accessGroup(deps, principal, groupId);
  const member = await memberFor(deps, access, digits);
  return { member, viewer: access.viewer };
}
