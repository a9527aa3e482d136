import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader } from '../access.ts';
import { clubOf } from '../club-changes.ts';
import type { Club } from '../clubs.ts';
import type { GroupDeps } from '../ports.ts';

/** The group's club: for its admin, and for the operator as one of the customer's products. */
export async function getClub(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
): Promise<Club> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return clubOf(deps, principal.tenantId, groupId);
}
