import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader } from '../access.ts';
import type { Member, Viewer } from '../domain.ts';
import type { GroupDeps } from '../ports.ts';

/** The group overview's member list, one page at a time (a group may have 10,000 members). */
export async function listMembers(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<{ page: Page<Member>; viewer: Viewer }> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return {
    page: await deps.groups.listMembers(principal.tenantId, groupId, limit, cursor),
    viewer: access.viewer,
  };
}
