import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireGroupReader, requireNotOperator } from '../access.ts';
import type { OneTimeCharge } from '../charges.ts';
import type { GroupDeps } from '../ports.ts';

export async function listCharges(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  period: string | undefined,
  limit: number,
  cursor?: string,
): Promise<Page<OneTimeCharge>> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  requireNotOperator(access);
  return deps.groups.listCharges(principal.tenantId, groupId, period, limit, cursor);
}
