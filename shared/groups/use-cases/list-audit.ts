import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireAdmin } from '../access.ts';
import type { AuditEntry, GroupDeps } from '../ports.ts';

export async function listAudit(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<Page<AuditEntry>> {
  const access = await accessGroup(deps, principal, groupId);
  requireAdmin(access);
  return deps.groups.listAudit(principal.tenantId, groupId, limit, cursor);
}
