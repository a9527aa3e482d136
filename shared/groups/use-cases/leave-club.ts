import type { Actor } from '../../kernel/actor.ts';
import { accessGroup, currentCatalogOf, explainGroupFailure, requireAdmin } from '../access.ts';
import { clubOf, departureFrom, whileClubChanges } from '../club-changes.ts';
import { type Club, inClub, withoutClub } from '../clubs.ts';
import type { Member } from '../domain.ts';
import { memberFor } from '../members.ts';
import { type GroupDeps, GroupPreconditionFailed } from '../ports.ts';
import { changeRecord } from '../records.ts';

/**
 * The admin takes a number out of the club. When that takes the club below the package's minimum,
 * the club is flagged `below-minimum` (with the moment) and `ClubBelowMinimum` is written in the
 * same transaction; the club is kept. A number not in the club changes nothing.
 */
export async function leaveClub(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
  digits: string,
): Promise<{ club: Club; member: Member }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const { tenant } = actor;
  return whileClubChanges(async () => {
    const club = await clubOf(deps, tenant.tenantId, groupId);
    const member = await memberFor(deps, access, digits);
    if (!inClub(member, club)) return { club, member };
    const catalog = await currentCatalogOf(deps, tenant.tenantId);

    const at = deps.clock.now();
    const rec = changeRecord(actor, at);
    const change = departureFrom(club, actor, catalog, member, 'left', at, rec);
    const after = withoutClub(member, at);
    try {
      await deps.groups.changeClubMember(access.msisdn, change, member, after, rec);
    } catch (e) {
      if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
      throw e;
    }
    return { club: change.after, member: after };
  });
}
