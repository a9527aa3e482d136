import type { Page } from '../../db/pagination.ts';
import type { ActorPrincipal } from '../../kernel/actor.ts';
import { accessGroup, requireAdmin } from '../access.ts';
import { offerView } from '../holder-changes.ts';
import type { GroupDeps, HolderChangeOffer } from '../ports.ts';

export async function listHolderChanges(
  deps: GroupDeps,
  principal: ActorPrincipal,
  groupId: string,
  direction: 'incoming' | 'outgoing',
  limit: number,
  cursor?: string,
): Promise<Page<HolderChangeOffer>> {
  const access = await accessGroup(deps, principal, groupId);
  requireAdmin(access);
  const page = await deps.groups.listOffers(principal.tenantId, groupId, direction, limit, cursor);
  const now = deps.clock.now();
  return { ...page, items: page.items.map((o) => offerView(o, now) as HolderChangeOffer) };
}
