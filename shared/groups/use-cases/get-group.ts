import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader } from '../access.ts';
import type { GroupDeps } from '../ports.ts';

// ----- reading the group --------------------------------------------------------------------------

export async function getGroup(deps: Pick<GroupDeps, 'groups'>, principal: ActorPrincipal, groupId: string) {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return access;
}
