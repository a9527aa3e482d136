import { HolderChangeOffered } from '../../../events/holder-change-offered.ts';

import { HolderChanged } from '../../../events/holder-changed.ts';
import type { Page } from '../../db/pagination.ts';
import { type Actor, type ActorPrincipal, causedBy } from '../../kernel/actor.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { fromPathForm, toPathForm } from '../../kernel/phone.ts';
import { feeCharge, type OneTimeCharge } from '../charges.ts';
import { checkPlanLimit, findPlan, type Member } from '../domain.ts';
import type { CreditSettlement } from '../ports.ts';
import { GroupPreconditionFailed, type HolderChangeOffer, OfferNotPending } from '../ports.ts';
import {
  accessGroup,
  auditEntry,
  changeRecord,
  currentCatalogOf,
  type GroupDeps,
  requireAdmin,
} from './groups.ts';

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

const NO_SUCH_OFFER = 'No such change-of-holder offer for this group.';

export async function offerHolderChange(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  toGroupId: string,
): Promise<HolderChangeOffer> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const msisdn = fromPathForm(digits);
  const member = await deps.groups.getMember(actor.tenant.tenantId, groupId, msisdn);
  if (!member) throw new NotFound('No such member in this group.');
  if (msisdn === access.group.adminMsisdn) {
    throw new RuleViolation(
      "The administrator's number cannot change holder; hand the admin role to another member first.",
      'path.msisdn',
    );
  }
  if (toGroupId === groupId)
    throw new RuleViolation('The number is already in this group.', 'body.toGroupId');
  const target = await deps.groups.getGroup(actor.tenant.tenantId, toGroupId);
  if (!target) throw new RuleViolation('No business customer has this group id.', 'body.toGroupId');
  if (target.status !== 'active')
    throw new RuleViolation('The receiving group is not active.', 'body.toGroupId');

  const at = deps.clock.now();
  const offer: HolderChangeOffer = {
    offerId: newId(),
    msisdn,
    fromGroupId: groupId,
    toGroupId,
    status: 'pending',
    createdAt: at.toISOString(),
    createdBy: access.msisdn,
    expiresAt: new Date(at.getTime() + OFFER_DAYS * 86_400_000).toISOString(),
  };
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(actor, at, groupId, 'holder-change.offered', msisdn, null, {
      offerId: offer.offerId,
      toGroupId,
    }),
  );
  rec.events.push({
    contract: HolderChangeOffered,
    data: { offerId: offer.offerId, msisdn, fromGroupId: groupId, toGroupId, expiresAt: offer.expiresAt },
  });
  try {
    await deps.groups.createOffer(access.msisdn, offer, rec);
  } catch (e) {
    if (e instanceof OfferNotPending) {
      throw new Conflict('This number already has an open change-of-holder offer.', {
        errors: [{ field: 'path.msisdn', message: 'has an open change-of-holder offer' }],
      });
    }
    if (e instanceof GroupPreconditionFailed) {
      throw new Forbidden(
        "Only the group's administrator may offer a number, and not the admin's own number.",
      );
    }
    throw e;
  }
  return offer;
}

/** Offers as the reader sees them: an open offer past its expiry is `expired`. */
export function offerView(o: HolderChangeOffer, now: Date) {
  const status = o.status === 'pending' && o.expiresAt <= now.toISOString() ? 'expired' : o.status;
  return { ...o, status };
}

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

async function openOffer(
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
    throw new Conflict(`This offer is ${view.status}.`, {
      errors: [{ field: 'path.offerId', message: `is ${view.status}` }],
    });
  }
  return offer;
}

export async function acceptHolderChange(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  groupId: string,
  offerId: string,
): Promise<{ member: Member; charges: OneTimeCharge[] }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const offer = await openOffer(deps, actor, offerId, groupId, 'to');
  const tenantId = actor.tenant.tenantId;
  const before = await deps.groups.getMember(tenantId, offer.fromGroupId, offer.msisdn);
  if (!before)
    throw new Conflict('The number has left the offering group meanwhile.', {
      errors: [{ field: 'path.offerId', message: 'is no longer valid' }],
    });
  const catalog = await currentCatalogOf(deps, tenantId);
  const plan = findPlan(catalog, before.plan, 'path.offerId');
  checkPlanLimit(access.group.planCounts, plan, 'path.offerId');

  const at = deps.clock.now();
  const now = at.toISOString();
  const { label: _label, ...kept } = before;
  const after: Member = { ...kept, groupId, role: 'member', addedAt: now, updatedAt: now, version: 1 };
  const rec = changeRecord(actor, at);
  const fee = feeCharge(catalog, 'change-of-holder', 'holder-change', {
    chargeId: newId(),
    groupId,
    msisdn: offer.msisdn,
    at,
    timeZone: actor.tenant.timeZone,
  });
  if (fee) rec.charges.push(fee);
  const change = { offerId, plan: before.plan };
  rec.audit.push(
    auditEntry(
      actor,
      at,
      offer.fromGroupId,
      'holder-change.completed',
      offer.msisdn,
      { groupId: offer.fromGroupId, ...change },
      { groupId },
    ),
    auditEntry(
      actor,
      at,
      groupId,
      'holder-change.completed',
      offer.msisdn,
      { groupId: offer.fromGroupId },
      { groupId, ...change },
    ),
  );
  rec.events.push({
    contract: HolderChanged,
    data: {
      msisdn: offer.msisdn,
      fromGroupId: offer.fromGroupId,
      toGroupId: groupId,
      plan: before.plan,
      offerId,
    },
  });
  // The prepaid credit stays with the company that paid it: back to the offering group's admin.
  const fromGroup = await deps.groups.getGroup(tenantId, offer.fromGroupId);
  const settlement = fromGroup
    ? await deps.credit.settle({
        tenantId,
        groupId: offer.fromGroupId,
        from: offer.msisdn,
        adminMsisdn: fromGroup.adminMsisdn,
        at,
        timeZone: actor.tenant.timeZone,
        causedBy: causedBy(actor.principal),
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      })
    : { writes: [] };
  try {
    await deps.groups.acceptOffer(
      access.msisdn,
      offer,
      before,
      after,
      plan.maxMembersPerGroup,
      rec,
      settlement.writes,
    );
  } catch (e) {
    if (e instanceof OfferNotPending) {
      throw new Conflict('The offer or the number changed meanwhile; read the offers again.', {
        errors: [{ field: 'path.offerId', message: 'is no longer valid' }],
      });
    }
    if (e instanceof GroupPreconditionFailed) {
      const fresh = await deps.groups.getGroup(tenantId, groupId);
      if (!fresh || toPathForm(fresh.adminMsisdn) !== actor.principal.msisdn) {
        throw new Forbidden("Only the group's administrator may accept a number.");
      }
      checkPlanLimit(fresh.planCounts, plan, 'path.offerId');
      throw new Conflict(
        'A group changed meanwhile (the number may have become its admin); read the offers again.',
        {
          errors: [{ field: 'path.offerId', message: 'cannot be accepted now' }],
        },
      );
    }
    throw e;
  }
  return { member: after, charges: rec.charges };
}

/** The offering admin withdraws an open offer, or the receiving admin declines it. */
export async function closeHolderChange(deps: GroupDeps, actor: Actor, groupId: string, offerId: string) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const offer = await openOffer(deps, actor, offerId, groupId, 'either');
  const status = offer.fromGroupId === groupId ? 'withdrawn' : 'declined';
  const at = deps.clock.now();
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      groupId,
      `holder-change.${status}`,
      offer.msisdn,
      { offerId, status: 'pending' },
      { offerId, status },
    ),
  );
  try {
    await deps.groups.closeOffer(offer, status, access.msisdn, rec);
  } catch (e) {
    if (e instanceof OfferNotPending)
      throw new Conflict('This offer is no longer open.', {
        errors: [{ field: 'path.offerId', message: 'is not open' }],
      });
    throw e;
  }
  return { ...offer, status, closedAt: at.toISOString(), closedBy: access.msisdn };
}
