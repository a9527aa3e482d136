import type { Plan } from '../catalog/domain.ts';
import type { Actor } from '../kernel/actor.ts';
import { localDate } from '../kernel/calendar.ts';
import { Conflict, NotFound, RuleViolation } from '../kernel/errors.ts';
import { type Message, message } from '../kernel/messages.ts';
import { fromPathForm } from '../kernel/phone.ts';
import {
  accessGroup,
  currentCatalogOf,
  explainGroupFailure,
  type GroupAccess,
  requireAdmin,
} from './access.ts';
import { checkPlanLimit, decidePlanChange, findPlan, type Member } from './domain.ts';
import { type ClubChange, type GroupDeps, GroupPreconditionFailed, StaleMember } from './ports.ts';
import type { changeRecord } from './records.ts';

/**
 * Members of a group: adding new and ported-in numbers, reading, settings and cost control,
 * plans (with a quote first), add-ons, and removal (with the early-termination clawback).
 * Each command reads the group profile and the one member it changes, then writes one
 * transaction; nothing reads the whole group.
 */

const NO_SUCH_MEMBER = message('member.not-found');

/**
 * The member of the path, as the principal may see it: a member reading another number gets
 * NotFound (it may not learn who else is in the group).
 */
export async function memberFor(
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

export const stale = () => new Conflict(message('member.changed-meanwhile'));

export async function writeMember(
  deps: GroupDeps,
  actor: Actor,
  access: GroupAccess & { msisdn: string },
  before: Member,
  after: Member,
  plan: Plan | undefined,
  rec: ReturnType<typeof changeRecord>,
  /** The club's change when the member leaves its club with this change. */
  club?: ClubChange,
): Promise<void> {
  const move = plan
    ? { from: before.plan, to: { code: plan.code, max: plan.maxMembersPerGroup } }
    : undefined;
  try {
    await deps.groups.updateMember(access.msisdn, before, after, move, rec, club);
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
export async function planChangeFor(
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
  if (!from) throw new Conflict(message('member.plan-gone', { plan: member.plan }));
  const at = deps.clock.now();
  const today = localDate(at, actor.tenant.timeZone);
  const decision = decidePlanChange(member, from, to, catalog, catalog.policies, today);
  let limit: Message | string | undefined;
  if (decision.allowed && decision.direction !== 'none') {
    try {
      checkPlanLimit(access.group.planCounts, to, field);
    } catch (e) {
      if (!(e instanceof RuleViolation)) throw e;
      limit = e.text ?? e.message;
    }
  }
  return { access, member, decision, limit, at, today, catalog };
}
