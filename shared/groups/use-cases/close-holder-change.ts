import type { Actor } from '../../kernel/actor.ts';
import { Conflict } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { accessGroup, requireAdmin } from '../access.ts';
import { openOffer } from '../holder-changes.ts';
import { type GroupDeps, OfferNotPending } from '../ports.ts';
import { auditedChange } from '../records.ts';

/** The offering admin withdraws an open offer, or the receiving admin declines it. */
export async function closeHolderChange(deps: GroupDeps, actor: Actor, groupId: string, offerId: string) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const offer = await openOffer(deps, actor, offerId, groupId, 'either');
  const status = offer.fromGroupId === groupId ? 'withdrawn' : 'declined';
  const at = deps.clock.now();
  const rec = auditedChange(
    actor,
    at,
    groupId,
    `holder-change.${status}`,
    offer.msisdn,
    { offerId, status: 'pending' },
    { offerId, status },
  );
  try {
    await deps.groups.closeOffer(offer, status, access.msisdn, rec);
  } catch (e) {
    if (e instanceof OfferNotPending)
      throw new Conflict(message('holder.offer-closed'), {
        errors: [{ field: 'path.offerId', message: 'is not open' }],
      });
    throw e;
  }
  return { ...offer, status, closedAt: at.toISOString(), closedBy: access.msisdn };
}
