import { HolderChanged } from '../../../events/holder-changed.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { Conflict, Forbidden } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { toPathForm } from '../../kernel/phone.ts';
import { accessGroup, currentCatalogOf, type GroupAccess, requireAdmin } from '../access.ts';
import { feeCharge, type OneTimeCharge } from '../charges.ts';
import { clubDeparture, whileClubChanges } from '../club-changes.ts';
import { checkPlanLimit, findPlan, type Member } from '../domain.ts';
import { openOffer } from '../holder-changes.ts';
import type { CreditSettlement } from '../ports.ts';
import {
  type GroupDeps,
  GroupPreconditionFailed,
  type HolderChangeOffer,
  OfferNotPending,
} from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

/**
 * The receiving admin accepts a number offered to its group. A number in the offering group's
 * business club leaves that club in the same transaction (the club flagged when that takes it
 * below its minimum); it joins no club of the receiving group by itself.
 */
export async function acceptHolderChange(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  groupId: string,
  offerId: string,
): Promise<{ member: Member; charges: OneTimeCharge[] }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  return whileClubChanges(async () =>
    acceptOnce(deps, actor, access, await openOffer(deps, actor, offerId, groupId, 'to')),
  );
}

async function acceptOnce(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  access: GroupAccess & { msisdn: string },
  offer: HolderChangeOffer,
): Promise<{ member: Member; charges: OneTimeCharge[] }> {
  const groupId = access.group.groupId;
  const offerId = offer.offerId;
  const tenantId = actor.tenant.tenantId;
  const before = await deps.groups.getMember(tenantId, offer.fromGroupId, offer.msisdn);
  if (!before)
    throw new Conflict(message('holder.number-left'), {
      errors: [{ field: 'path.offerId', message: 'is no longer valid' }],
    });
  const catalog = await currentCatalogOf(deps, tenantId);
  const plan = findPlan(catalog, before.plan, 'path.offerId');
  checkPlanLimit(access.group.planCounts, plan, 'path.offerId');

  const at = deps.clock.now();
  const now = at.toISOString();
  const { label: _label, club: _club, ...kept } = before;
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
  const change = { offerId, plan: before.plan, addOns: before.addOns.map((a) => a.code) };
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
  const club = await clubDeparture(deps, actor, catalog, before, 'holder-change', at, rec);
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
      club,
    );
  } catch (e) {
    if (e instanceof OfferNotPending) {
      throw new Conflict(message('holder.changed-meanwhile'), {
        errors: [{ field: 'path.offerId', message: 'is no longer valid' }],
      });
    }
    if (e instanceof GroupPreconditionFailed) {
      const fresh = await deps.groups.getGroup(tenantId, groupId);
      if (!fresh || toPathForm(fresh.adminMsisdn) !== actor.principal.msisdn) {
        throw new Forbidden(message('holder.accept-admin-only'));
      }
      checkPlanLimit(fresh.planCounts, plan, 'path.offerId');
      throw new Conflict(message('holder.group-changed'), {
        errors: [{ field: 'path.offerId', message: 'cannot be accepted now' }],
      });
    }
    throw e;
  }
  return { member: after, charges: rec.charges };
}
