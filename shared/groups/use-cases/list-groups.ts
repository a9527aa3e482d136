import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import type { Group } from '../domain.ts';
import type { GroupDeps } from '../ports.ts';

export function listGroups(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  limit: number,
  cursor?: string,
): Promise<Page<Group>> {
  return deps.groups.listGroups(principal.tenantId, limit, cursor);
}
