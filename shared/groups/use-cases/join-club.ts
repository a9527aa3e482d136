import { ClubMemberJoined } from '../../../events/club-member-joined.ts';
import type { Actor } from '../../kernel/actor.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { accessGroup, currentCatalogOf, explainGroupFailure, requireAdmin } from '../access.ts';
import { feeCharge, type OneTimeCharge } from '../charges.ts';
import { clubOf, whileClubChanges } from '../club-changes.ts';
import {
  type Club,
  clubAfterMove,
  clubConflict,
  clubPolicy,
  inClub,
  joined,
  requireClubPlan,
} from '../clubs.ts';
import type { Member } from '../domain.ts';
import { memberFor } from '../members.ts';
import { type GroupDeps, GroupPreconditionFailed } from '../ports.ts';
import { auditedChange } from '../records.ts';

/**
 * A number of the group joins its club, on a plan that counts as a monthly contract, and pays the
 * catalog's `club-member` fee (recorded for the next invoice in the same transaction). A number
 * already in the club changes nothing and pays nothing, however often it is sent; concurrent joins
 * of the same number are decided by the member's version, so the fee is recorded once.
 */
export async function joinClub(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<{ club: Club; member: Member; charges: OneTimeCharge[] }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { tenant } = actor;
  return whileClubChanges(async () => {
    const catalog = await currentCatalogOf(deps, tenant.tenantId);
    const { minMembers } = clubPolicy(catalog);
    const club = await clubOf(deps, tenant.tenantId, groupId);
    const member = await memberFor(deps, access, digits);
    if (inClub(member, club)) return { club, member, charges: [] };
    if (club.status === 'dissolving') throw clubConflict(message('club.dissolving'));
    requireClubPlan(catalog, member, 'path.msisdn');

    const at = deps.clock.now();
    const { club: after } = clubAfterMove(club, 1, minMembers, at);
    const inside = joined(member, club, at);
    const rec = auditedChange(actor, at, groupId, 'club.member-joined', member.msisdn, null, {
      clubId: club.clubId,
      memberCount: after.memberCount,
      status: after.status,
    });
    const fee = feeCharge(catalog, 'club-member', 'club-member', {
      chargeId: newId(),
      groupId,
      msisdn: member.msisdn,
      at,
      timeZone: tenant.timeZone,
    });
    if (fee) rec.charges.push(fee);
    rec.events.push({
      contract: ClubMemberJoined,
      data: {
        groupId,
        clubId: club.clubId,
        msisdn: member.msisdn,
        memberCount: after.memberCount,
        status: after.status as 'active' | 'below-minimum',
        ...(fee ? { fee: fee.amount } : {}),
      },
    });
    try {
      await deps.groups.changeClubMember(access.msisdn, { before: club, after }, member, inside, rec);
    } catch (e) {
      if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
      throw e;
    }
    return { club: after, member: inside, charges: rec.charges };
  });
}
