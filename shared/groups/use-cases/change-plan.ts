import { PlanChanged } from '../../../events/plan-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { RuleViolation } from '../../kernel/errors.ts';
import { clubDeparture, whileClubChanges } from '../club-changes.ts';
import { withoutClub } from '../clubs.ts';
import type { Member } from '../domain.ts';
import { planChangeFor, writeMember } from '../members.ts';
import type { GroupDeps } from '../ports.ts';
import { auditedChange } from '../records.ts';

/**
 * Moves a member to another plan (free switching, within the rules of `decidePlanChange`). A
 * number in the group's business club that moves to a plan which does not count as a monthly
 * contract leaves the club in the same transaction (the club flagged when that takes it below its
 * minimum).
 */
export function changePlan(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
): Promise<Member> {
  return whileClubChanges(() => changePlanOnce(deps, actor, groupId, digits, planCode));
}

async function changePlanOnce(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  planCode: string,
): Promise<Member> {
  const { access, member, decision, limit, at, catalog } = await planChangeFor(
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

  const leavesClub = member.club !== undefined && !decision.to.clubEligible;
  const { commitment: _c, ...rest } = leavesClub ? withoutClub(member, at) : member;
  const after: Member = {
    ...rest,
    plan: decision.to.code,
    ...(decision.commitment ? { commitment: decision.commitment } : {}),
    version: member.version + 1,
    updatedAt: at.toISOString(),
  };
  const rec = auditedChange(
    actor,
    at,
    groupId,
    'member.plan-changed',
    member.msisdn,
    { plan: member.plan, commitment: member.commitment ?? null },
    { plan: after.plan, commitment: after.commitment ?? null },
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
  const club = leavesClub
    ? await clubDeparture(deps, actor, catalog, member, 'plan-change', at, rec)
    : undefined;
  await writeMember(deps, actor, access, member, after, decision.to, rec, club);
  return after;
}
