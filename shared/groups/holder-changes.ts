import type { Actor } from '../kernel/actor.ts';
import { Conflict, NotFound } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { GroupDeps, HolderChangeOffer } from './ports.ts';

/**
 * Change of holder: a number moves from one business customer to another, keeping its plan,
 * add-ons, settings and any running commitment (its prepaid credit goes back to the offering
 * group's admin: it belongs to the company that paid it); the new holder pays the
 * catalog's change-of-holder fee. Both holders consent, as on the paper form:
 *
 * 1. the admin of the group that holds the number offers it to the receiving group
 *    (`POST …/members/{msisdn}/holder-change { toGroupId }`); the offer is open 14 days and a
 *    number has at most one open offer;
 * 2. the admin of the receiving group sees it (`GET …/holder-changes?direction=incoming`) and
 *    accepts it (`POST …/holder-changes/{offerId}/accept`): one transaction moves the member,
 *    the number's ownership and both groups' counts, and records the fee, both audit trails and
 *    the `HolderChanged` event;
 * 3. either side may close an open offer (`DELETE …/holder-changes/{offerId}`): withdrawn by the
 *    offering admin, declined by the receiving admin.
 */

export const OFFER_DAYS = 14;

const NO_SUCH_OFFER = message('holder.no-such-offer');

/** Offers as the reader sees them: an open offer past its expiry is `expired`. */
export function offerView(o: HolderChangeOffer, now: Date) {
  const status = o.status === 'pending' && o.expiresAt <= now.toISOString() ? 'expired' : o.status;
  return { ...o, status };
}

export async function openOffer(
  deps: GroupDeps,
  actor: Actor,
  offerId: string,
  groupId: string,
  side: 'to' | 'either',
) {
  const offer = await deps.groups.getOffer(actor.tenant.tenantId, offerId);
  const mine = offer && (offer.toGroupId === groupId || (side === 'either' && offer.fromGroupId === groupId));
  if (!offer || !mine) throw new NotFound(NO_SUCH_OFFER);
  const view = offerView(offer, deps.clock.now());
  if (view.status !== 'pending') {
    throw new Conflict(message('holder.offer-status', { status: view.status }), {
      errors: [{ field: 'path.offerId', message: `is ${view.status}` }],
    });
  }
  return offer;
}
