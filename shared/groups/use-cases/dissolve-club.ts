import { ClubDissolved } from '../../../events/club-dissolved.ts';
import type { Actor } from '../../kernel/actor.ts';
import { accessGroup, explainGroupFailure, requireAdmin } from '../access.ts';
import { clubOf, whileClubChanges } from '../club-changes.ts';
import { clubView } from '../clubs.ts';
import { type GroupDeps, GroupPreconditionFailed } from '../ports.ts';
import { auditedChange } from '../records.ts';

/**
 * The admin dissolves the group's club: every number's membership is cleared (calls between them
 * are charged again) and the club is deleted; the group may found a new one later. A club being
 * dissolved already (an earlier attempt stopped part-way) is dissolved the rest of the way.
 */
export async function dissolveClub(
  deps: GroupDeps,
  actor: Actor,
  groupId: string,
): Promise<{ clubId: string; dissolvedAt: string }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  return whileClubChanges(async () => {
    const club = await clubOf(deps, actor.tenant.tenantId, groupId);
    const at = deps.clock.now();
    const rec = auditedChange(actor, at, groupId, 'club.dissolved', 'club', clubView(club), null);
    rec.events.push({ contract: ClubDissolved, data: { groupId, clubId: club.clubId } });
    try {
      await deps.groups.dissolveClub(access.msisdn, club, rec);
    } catch (e) {
      if (e instanceof GroupPreconditionFailed) return explainGroupFailure(deps, actor, groupId);
      throw e;
    }
    return { clubId: club.clubId, dissolvedAt: at.toISOString() };
  });
}
