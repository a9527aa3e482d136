import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader } from '../access.ts';
import type { AuditEntry, GroupDeps } from '../ports.ts';

export async function listAudit(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<Page<AuditEntry>> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return deps.groups.listAudit(principal.tenantId, groupId, limit, cursor);
}
