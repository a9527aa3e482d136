import { MemberRemoved } from '../../../events/member-removed.ts';
import { type Actor, causedBy } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { type Money, zero } from '../../kernel/money.ts';
import {
  accessGroup,
  currentCatalogOf,
  explainGroupFailure,
  type GroupAccess,
  requireAdmin,
} from '../access.ts';
import { clawbackCharge, feeCharge, type OneTimeCharge } from '../charges.ts';
import { clubDeparture, whileClubChanges } from '../club-changes.ts';
import { clawbackFor } from '../commitment.ts';
import type { Member } from '../domain.ts';
import { memberFor, stale } from '../members.ts';
import type { CreditSettlement } from '../ports.ts';
import { type GroupDeps, GroupPreconditionFailed, StaleMember } from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

// ----- removal -------------------------------------------------------------------------------------

export type RemovalReason = 'termination' | 'port-out';

/**
 * Terminates a member's subscription: the member leaves the group, the number is released, its
 * remaining prepaid credit goes back to the administrator's number, and the one-time charges are recorded: the
 * proportional clawback when a commitment with a benefit is still running, and the catalog's
 * termination or port-out fee where one is set. A number in the group's business club leaves the
 * club in the same transaction (the club flagged when that takes it below its minimum). The
 * admin's own number cannot be removed.
 */
export async function removeMember(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  groupId: string,
  digits: string,
  reason: RemovalReason,
): Promise<{ member: Member; charges: OneTimeCharge[]; creditReturned: Money }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  return whileClubChanges(() => removeOnce(deps, actor, access, digits, reason));
}

async function removeOnce(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  access: GroupAccess & { msisdn: string },
  digits: string,
  reason: RemovalReason,
): Promise<{ member: Member; charges: OneTimeCharge[]; creditReturned: Money }> {
  const groupId = access.group.groupId;
  const member = await memberFor(deps, access, digits);
  if (member.msisdn === access.group.adminMsisdn) {
    throw new RuleViolation(message('member.admin-not-removable'), 'path.msisdn');
  }
  const catalog = await currentCatalogOf(deps, actor.tenant.tenantId);
  const at = deps.clock.now();
  const ctx = { groupId, msisdn: member.msisdn, at, timeZone: actor.tenant.timeZone };
  const rec = changeRecord(actor, at);
  const clawback = clawbackFor(member.commitment, localDate(at, actor.tenant.timeZone));
  if (clawback) rec.charges.push(clawbackCharge(catalog, clawback, { ...ctx, chargeId: newId() }));
  const exitFee = feeCharge(catalog, reason, reason, { ...ctx, chargeId: newId() });
  if (exitFee) rec.charges.push(exitFee);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      groupId,
      'member.removed',
      member.msisdn,
      {
        plan: member.plan,
        addOns: member.addOns.map((a) => a.code),
        commitment: member.commitment ?? null,
        ...(member.sharesUnitsOf ? { sharesUnitsOf: member.sharesUnitsOf } : {}),
      },
      {
        reason,
        charges: rec.charges.map((c) => ({ code: c.code, amount: c.amount })),
      },
    ),
  );
  rec.events.push({
    contract: MemberRemoved,
    data: {
      groupId,
      msisdn: member.msisdn,
      plan: member.plan,
      reason,
      ...(clawback ? { clawback: clawback.amount } : {}),
    },
  });
  const club = await clubDeparture(deps, actor, catalog, member, 'removed', at, rec);
  // The remaining prepaid credit goes back to the administrator in the same transaction.
  const settlement = await deps.credit.settle({
    tenantId: actor.tenant.tenantId,
    groupId,
    from: member.msisdn,
    adminMsisdn: access.group.adminMsisdn,
    at,
    timeZone: actor.tenant.timeZone,
    causedBy: causedBy(actor.principal),
    ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
  });
  try {
    await deps.groups.removeMember(access.msisdn, member, rec, settlement.writes, club);
  } catch (e) {
    if (e instanceof StaleMember) throw stale();
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    throw e;
  }
  return {
    member,
    charges: rec.charges,
    creditReturned: settlement.returned ?? zero(actor.tenant.currency),
  };
}
