import type { Actor } from '../../kernel/actor.ts';
import { RuleViolation } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { accessGroup, currentCatalogOf, explainGroupFailure, requireAdmin } from '../access.ts';
import type { OneTimeCharge } from '../charges.ts';
import { canShareUnits, findPlan, type Member, type NewMemberInput } from '../domain.ts';
import { joiningCharge, memberAddedEvent, placeNumber, prepareMember } from '../numbers.ts';
import { type GroupDeps, GroupPreconditionFailed } from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';

// ----- adding --------------------------------------------------------------------------------------

export interface AddedMember {
  member: Member;
  charges: OneTimeCharge[];
}

/**
 * The admin adds a number: a brand-new one from the tenant's ranges or a ported-in one (donor
 * recorded, usable at once). Refused, with nothing written, for a number of another country
 * (400), an unknown plan or add-on (400), a plan no longer sold or over its per-group limit
 * (422), a number already in a group (409). An extra SIM (`sharesUnitsOf`) names a member of the
 * group with an active extra-SIM add-on and takes its plan (422 otherwise).
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
    throw new RuleViolation(message('group.not-open', { status: group.status }), undefined, {
      groupStatus: group.status,
    });
  }
  const catalog = await currentCatalogOf(deps, tenant.tenantId);
  const at = deps.clock.now();
  const prepared = prepareMember(input, tenant, catalog, groupId, group.planCounts, 'member', at, 'body');
  const plan = findPlan(catalog, prepared.member.plan, 'body.plan');
  if (input.sharesUnitsOf) {
    const primary = await deps.groups.getMember(tenant.tenantId, groupId, input.sharesUnitsOf);
    if (!primary || !canShareUnits(primary, catalog))
      throw new RuleViolation(message('member.extra-sim-primary'), 'body.sharesUnitsOf');
    if (primary.plan !== plan.code)
      throw new RuleViolation(message('member.extra-sim-plan', { plan: primary.plan }), 'body.plan');
    prepared.member = { ...prepared.member, sharesUnitsOf: primary.msisdn };
  }

  let result: AddedMember | undefined;
  await placeNumber(deps, tenant, catalog, prepared, 'body', async (msisdn, mayBeReleased) => {
    const member: Member = { ...prepared.member, msisdn };
    const rec = changeRecord(actor, at);
    rec.charges.push(...joiningCharge(catalog, tenant, member, at));
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
