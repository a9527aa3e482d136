import { ClubCreated } from '../../../events/club-created.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, InvalidInput, issueCollector } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { normalizeMsisdn } from '../../kernel/phone.ts';
import { accessGroup, currentCatalogOf, explainGroupFailure, requireAdmin } from '../access.ts';
import { whileClubChanges } from '../club-changes.ts';
import {
  type Club,
  clubConflict,
  clubPolicy,
  joined,
  type NewClubInput,
  requireClubPlan,
  requireFounders,
} from '../clubs.ts';
import { type GroupDeps, GroupPreconditionFailed, StaleMember } from '../ports.ts';
import { auditedChange } from '../records.ts';

/**
 * The admin founds the group's business club with its first numbers: at least the package's
 * minimum, each a member of the group on a plan that counts as a monthly contract. The founders pay
 * no joining fee. Refused with nothing written (409) when the tenant offers no clubs, the group
 * already has one, too few numbers are named, or a number is not in the group or not on an
 * eligible plan (the field names it).
 */
export async function createClub(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  input: NewClubInput,
): Promise<Club> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { tenant } = actor;
  const catalog = await currentCatalogOf(deps, tenant.tenantId);
  const { minMembers } = clubPolicy(catalog);

  const { issues, attempt } = issueCollector();
  const normalized = input.members.map((typed, i) =>
    // Any line the group may hold: every number must be one of its members anyway.
    attempt(() => normalizeMsisdn(typed, tenant.country, `body.members.${i}`, 'mobile-or-fixed')),
  );
  if (issues.length) throw new InvalidInput(issues);
  const numbers = normalized as string[];
  const dup = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (dup >= 0) throw InvalidInput.field(`body.members.${dup}`, message('field.listed-twice'));

  return whileClubChanges(async () => {
    if (await deps.groups.getClub(tenant.tenantId, groupId)) throw clubConflict(message('club.exists'));
    requireFounders(numbers.length, minMembers, 'body.members');
    const found = new Map(
      (await deps.groups.getMembers(tenant.tenantId, groupId, numbers)).map((m) => [m.msisdn, m]),
    );
    const founders = numbers.map((msisdn, i) => {
      const member = found.get(msisdn);
      if (!member) throw clubConflict(message('club.not-in-group', { msisdn }), `body.members.${i}`);
      requireClubPlan(catalog, member, `body.members.${i}`);
      return member;
    });

    const at = deps.clock.now();
    const now = at.toISOString();
    const club: Club = {
      tenantId: tenant.tenantId,
      groupId,
      clubId: newId(),
      status: 'active',
      memberCount: founders.length,
      minMembers,
      createdAt: now,
      createdBy: access.msisdn,
      updatedAt: now,
      version: 1,
    };
    const members = founders.map((before) => ({ before, after: joined(before, club, at) }));
    const rec = auditedChange(actor, at, groupId, 'club.created', 'club', null, {
      clubId: club.clubId,
      members: club.memberCount,
      minMembers,
    });
    rec.events.push({
      contract: ClubCreated,
      data: { groupId, clubId: club.clubId, members: founders.map((m) => m.msisdn), minMembers },
    });
    try {
      await deps.groups.createClub(access.msisdn, club, members, rec);
    } catch (e) {
      if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
      if (e instanceof StaleMember) throw new Conflict(message('member.a-member-changed'));
      throw e;
    }
    return club;
  });
}
