import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader } from '../access.ts';
import { clubOf } from '../club-changes.ts';
import type { Member, Viewer } from '../domain.ts';
import type { GroupDeps } from '../ports.ts';

/** The numbers of the group's club, one page at a time (admin; the operator: product entries). */
export async function listClubMembers(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<{ page: Page<Member>; viewer: Viewer }> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  await clubOf(deps, principal.tenantId, groupId);
  return {
    page: await deps.groups.listClubMembers(principal.tenantId, groupId, limit, cursor),
    viewer: access.viewer,
  };
}
