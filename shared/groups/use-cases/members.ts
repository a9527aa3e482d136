import { AddOnChanged } from '../../../events/add-on-changed.ts';

import { MemberRemoved } from '../../../events/member-removed.ts';

import { PlanChanged } from '../../../events/plan-changed.ts';

import { ServiceSettingsChanged } from '../../../events/service-settings-changed.ts';
import type { Plan } from '../../catalog/domain.ts';
import type { Page } from '../../db/pagination.ts';
import { type Actor, type ActorPrincipal, causedBy } from '../../kernel/actor.ts';
import { localDate } from '../../kernel/calendar.ts';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { fromPathForm } from '../../kernel/phone.ts';
import { clawbackCharge, feeCharge, type OneTimeCharge } from '../charges.ts';
import { clawbackFor, isCommitmentActive } from '../commitment.ts';
import {
  applySettings,
  checkPlanLimit,
  decidePlanChange,
  findPlan,
  type Member,
  type MemberPatch,
  type NewMemberInput,
  resolveAddOn,
  settingsChanged,
  type Viewer,
} from '../domain.ts';
import type { CreditSettlement } from '../ports.ts';
import { GroupPreconditionFailed, StaleMember } from '../ports.ts';
import {
  accessGroup,
  auditEntry,
  changeRecord,
  currentCatalogOf,
  explainGroupFailure,
  type GroupAccess,
  type GroupDeps,
  joiningCharge,
  memberAddedEvent,
  placeNumber,
  prepareMember,
  requireAdmin,
  requireGroupReader,
} from './groups.ts';

/**
 * Members of a group: adding new and ported-in numbers, reading, settings and cost control,
 * plans (with a quote first), add-ons, and removal (with the early-termination clawback).
 * Each command reads the group profile and the one member it changes, then writes one
 * transaction; nothing reads the whole group.
 */

const NO_SUCH_MEMBER = 'No such member in this group.';

/**
 * The member of the path, as the principal may see it: a member reading another number gets
 * NotFound (it may not learn who else is in the group).
 */
async function memberFor(
  deps: Pick<GroupDeps, 'groups'>,
  access: GroupAccess,
  digits: string,
): Promise<Member> {
  const msisdn = fromPathForm(digits);
  if (access.viewer === 'member' && access.msisdn !== msisdn) throw new NotFound(NO_SUCH_MEMBER);
  const member = await deps.groups.getMember(access.group.tenantId, access.group.groupId, msisdn);
  if (!member) throw new NotFound(NO_SUCH_MEMBER);
  return member;
}

const stale = () => new Conflict('This member changed meanwhile; read it again and retry.');

// ----- adding --------------------------------------------------------------------------------------

export interface AddedMember {
  member: Member;
  charges: OneTimeCharge[];
}

/**
 * The admin adds a number: a brand-new one from the tenant's ranges or a ported-in one (donor
 * recorded, usable at once). Refused, with nothing written, for a number of another country
 * (400), an unknown plan or add-on (400), a plan no longer sold or over its per-group limit
 * (422), a number already in a group (409).
 */
export async function addMember(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  input: NewMemberInput,
): Promise<AddedMember> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { group } = access;
  const { tenant } = actor;
  if (group.status !== 'active') {
    throw new RuleViolation(`The group is ${group.status}; numbers cannot be added.`, undefined, {
      status: group.status,
    });
  }
  const catalog = await currentCatalogOf(deps, tenant.tenantId);
  const at = deps.clock.now();
  const prepared = prepareMember(input, tenant, catalog, groupId, group.planCounts, 'member', at, 'body');
  const plan = findPlan(catalog, prepared.member.plan, 'body.plan');

  let result: AddedMember | undefined;
  await placeNumber(deps, tenant, catalog, prepared, 'body', async (msisdn, mayBeReleased) => {
    const member: Member = { ...prepared.member, msisdn };
    const rec = changeRecord(actor, at);
    rec.charges.push(...joiningCharge(catalog, tenant, member, at));
    // Business clubs (tenant policy): adding a member to a club costs the catalog's club-member fee.
    if (catalog.policies.businessClubs.enabled && plan.clubEligible) {
      const club = feeCharge(catalog, 'club-member', 'club-member', {
        chargeId: newId(),
        groupId,
        msisdn,
        at,
        timeZone: tenant.timeZone,
      });
      if (club) rec.charges.push(club);
    }
    rec.audit.push(
      auditEntry(actor, at, groupId, 'member.added', msisdn, null, {
        plan: member.plan,
        addOns: member.addOns.map((a) => a.code),
        origin: member.origin,
        settings: member.settings,
      }),
    );
    rec.events.push(memberAddedEvent(member));
    try {
      await deps.groups.addMember(access.msisdn, member, prepared.maxOnPlan, mayBeReleased, rec);
    } catch (e) {
      if (e instanceof GroupPreconditionFailed) {
        return explainGroupFailure(deps, actor, groupId, { plan, field: 'body.plan', needsActive: true });
      }
      throw e;
    }
    result = { member, charges: rec.charges };
  });
  return result!;
}

// ----- reading -----------------------------------------------------------------------------------

export async function getMember(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  digits: string,
) {
  const access = await accessGroup(deps, principal, groupId);
  const member = await memberFor(deps, access, digits);
  return { member, viewer: access.viewer };
}

/** The group overview's member list, one page at a time (a group may have 10,000 members). */
export async function listMembers(
  deps: Pick<GroupDeps, 'groups'>,
  principal: ActorPrincipal,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<{ page: Page<Member>; viewer: Viewer }> {
  const access = await accessGroup(deps, principal, groupId);
  requireGroupReader(access);
  return {
    page: await deps.groups.listMembers(principal.tenantId, groupId, limit, cursor),
    viewer: access.viewer,
  };
}

// ----- label, service settings and cost control ------------------------------------------------

export async function updateMember(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  patch: MemberPatch,
): Promise<Member> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  const settings = patch.settings
    ? applySettings(member.settings, patch.settings, actor.tenant.currency, 'body.settings')
    : member.settings;
  const labelChanged = patch.label !== undefined && (patch.label ?? undefined) !== member.label;
  const settingsDiffer = settingsChanged(member.settings, settings);
  if (!labelChanged && !settingsDiffer) return member;

  const at = deps.clock.now();
  const { label: _old, ...rest } = member;
  const after: Member = {
    ...rest,
    ...(labelChanged
      ? patch.label
        ? { label: patch.label }
        : {}
      : member.label
        ? { label: member.label }
        : {}),
    settings,
    version: member.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = changeRecord(actor, at);
  if (settingsDiffer) {
    rec.audit.push(
      auditEntry(actor, at, groupId, 'member.settings-changed', member.msisdn, member.settings, settings),
    );
    rec.events.push({
      contract: ServiceSettingsChanged,
      data: { groupId, msisdn: member.msisdn, before: member.settings, after: settings },
    });
  }
  if (labelChanged) {
    rec.audit.push(
      auditEntry(
        actor,
        at,
        groupId,
        'member.label-changed',
        member.msisdn,
        { label: member.label ?? null },
        { label: after.label ?? null },
      ),
    );
  }
  await writeMember(deps, actor, access, member, after, undefined, rec);
  return after;
}

async function writeMember(
  deps: GroupDeps,
  actor: Actor,
  access: GroupAccess & { msisdn: string },
  before: Member,
  after: Member,
  plan: Plan | undefined,
  rec: ReturnType<typeof changeRecord>,
): Promise<void> {
  const move = plan
    ? { from: before.plan, to: { code: plan.code, max: plan.maxMembersPerGroup } }
    : undefined;
  try {
    await deps.groups.updateMember(access.msisdn, before, after, move, rec);
  } catch (e) {
    if (e instanceof StaleMember) throw stale();
    if (e instanceof GroupPreconditionFailed) {
      return explainGroupFailure(
        deps,
        actor,
        access.group.groupId,
        plan ? { plan, field: 'body.plan' } : undefined,
      );
    }
    throw e;
  }
}

// ----- plans -------------------------------------------------------------------------------------

/** What a plan change would do, without doing it: for the quote and for the change itself. */
async function planChangeFor(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
  field: string,
) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  const catalog = await currentCatalogOf(deps, actor.tenant.tenantId);
  const to = findPlan(catalog, planCode, field);
  const from = catalog.plans.find((p) => p.code === member.plan);
  if (!from) throw new Conflict(`The member's plan ${member.plan} is not in the catalog any more.`);
  const at = deps.clock.now();
  const today = localDate(at, actor.tenant.timeZone);
  const decision = decidePlanChange(member, from, to, catalog, catalog.policies, today);
  let limit: string | undefined;
  if (decision.allowed && decision.direction !== 'none') {
    try {
      checkPlanLimit(access.group.planCounts, to, field);
    } catch (e) {
      if (!(e instanceof RuleViolation)) throw e;
      limit = e.message;
    }
  }
  return { access, member, decision, limit, at, today };
}

/**
 * A public-style quote for one member: monthly fees before and after, the difference, whether
 * the change is allowed (and why not: a downgrade during a commitment names the end date), the
 * commitment that would apply, and the one-time charges (none: switching plans is free).
 */
export async function quotePlanChange(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
) {
  const { member, decision, limit, today } = await planChangeFor(
    deps,
    actor,
    groupId,
    digits,
    planCode,
    'query.plan',
  );
  const refusal = decision.refusal ?? (limit ? { message: limit, field: 'query.plan' } : undefined);
  const { field: _f, ...refusalView } = refusal ?? { field: '' };
  return {
    msisdn: member.msisdn,
    from: { code: decision.from.code, name: decision.from.name, monthlyFee: decision.from.monthlyFee },
    to: { code: decision.to.code, name: decision.to.name, monthlyFee: decision.to.monthlyFee },
    direction: decision.direction,
    allowed: !refusal,
    ...(refusal ? { refusal: refusalView } : {}),
    monthlyDifference: decision.monthlyDifference,
    ...(decision.commitment ? { commitmentAfter: decision.commitment } : {}),
    commitmentActive: isCommitmentActive(member.commitment, today),
    oneTimeCharges: [] as OneTimeCharge[],
  };
}

export async function changePlan(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
): Promise<Member> {
  const { access, member, decision, limit, at } = await planChangeFor(
    deps,
    actor,
    groupId,
    digits,
    planCode,
    'body.plan',
  );
  if (decision.direction === 'none') return member;
  if (decision.refusal) {
    const { message, field, commitmentEndsOn, addOns } = decision.refusal;
    throw new RuleViolation(message, field, {
      ...(commitmentEndsOn ? { commitmentEndsOn } : {}),
      ...(addOns ? { addOns } : {}),
    });
  }
  if (limit)
    throw new RuleViolation(limit, 'body.plan', {
      plan: decision.to.code,
      maxMembersPerGroup: decision.to.maxMembersPerGroup,
    });

  const { commitment: _c, ...rest } = member;
  const after: Member = {
    ...rest,
    plan: decision.to.code,
    ...(decision.commitment ? { commitment: decision.commitment } : {}),
    version: member.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      groupId,
      'member.plan-changed',
      member.msisdn,
      { plan: member.plan, commitment: member.commitment ?? null },
      { plan: after.plan, commitment: after.commitment ?? null },
    ),
  );
  rec.events.push({
    contract: PlanChanged,
    data: {
      groupId,
      msisdn: member.msisdn,
      from: member.plan,
      to: after.plan,
      direction: decision.direction as 'upgrade' | 'downgrade' | 'lateral',
      ...(after.commitment ? { commitmentEndsOn: after.commitment.endsOn } : {}),
    },
  });
  await writeMember(deps, actor, access, member, after, decision.to, rec);
  return after;
}

// ----- add-ons -----------------------------------------------------------------------------------

export async function setAddOn(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  code: string,
  active: boolean,
): Promise<Member> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  const catalog = await currentCatalogOf(deps, actor.tenant.tenantId);
  const isActive = member.addOns.some((a) => a.code === code);
  if (active) resolveAddOn(catalog, member.plan, code, 'path.addOnCode');
  else if (!isActive && !catalog.addOns.some((a) => a.code === code)) {
    throw InvalidInput.field('path.addOnCode', `is not an add-on of the catalog (${code})`);
  }
  if (isActive === active) return member;

  const at = deps.clock.now();
  const addOns = active
    ? [...member.addOns, { code, activatedAt: at.toISOString() }]
    : member.addOns.filter((a) => a.code !== code);
  const after: Member = { ...member, addOns, version: member.version + 1, updatedAt: at.toISOString() };
  const rec = changeRecord(actor, at);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      groupId,
      active ? 'member.add-on-activated' : 'member.add-on-deactivated',
      member.msisdn,
      { addOns: member.addOns.map((a) => a.code) },
      { addOns: addOns.map((a) => a.code) },
    ),
  );
  rec.events.push({
    contract: AddOnChanged,
    data: { groupId, msisdn: member.msisdn, addOn: code, action: active ? 'activated' : 'deactivated' },
  });
  await writeMember(deps, actor, access, member, after, undefined, rec);
  return after;
}

// ----- removal -------------------------------------------------------------------------------------

export type RemovalReason = 'termination' | 'port-out';

/**
 * Terminates a member's subscription: the member leaves the group, the number is released, its
 * remaining prepaid credit goes back to the administrator's number, and the one-time charges are recorded: the
 * proportional clawback when a commitment with a benefit is still running, and the catalog's
 * termination or port-out fee where one is set. The admin's own number cannot be removed.
 */
export async function removeMember(
  deps: GroupDeps & { credit: CreditSettlement },
  actor: Actor,
  groupId: string,
  digits: string,
  reason: RemovalReason,
): Promise<{ member: Member; charges: OneTimeCharge[] }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const member = await memberFor(deps, access, digits);
  if (member.msisdn === access.group.adminMsisdn) {
    throw new RuleViolation(
      "The administrator's number cannot be removed; hand the admin role to another member first.",
      'path.msisdn',
    );
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
      { plan: member.plan, addOns: member.addOns.map((a) => a.code), commitment: member.commitment ?? null },
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
    await deps.groups.removeMember(access.msisdn, member, rec, settlement.writes);
  } catch (e) {
    if (e instanceof StaleMember) throw stale();
    if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
    throw e;
  }
  return { member, charges: rec.charges };
}
