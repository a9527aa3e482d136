import { PlanChanged } from '../../../events/plan-changed.ts';
import type { Actor } from '../../kernel/actor.ts';
import { RuleViolation } from '../../kernel/errors.ts';
import type { Member } from '../domain.ts';
import { planChangeFor, writeMember } from '../members.ts';
import type { GroupDeps } from '../ports.ts';
import { auditedChange } from '../records.ts';

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
  await writeMember(deps, actor, access, member, after, decision.to, rec);
  return after;
}
