import { ClubBelowMinimum } from '../../events/club-below-minimum.ts';
import { ClubMemberLeft } from '../../events/club-member-left.ts';
import type { Catalog } from '../catalog/domain.ts';
import type { Actor } from '../kernel/actor.ts';
import { NotFound } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { type Club, type ClubLeaveReason, clubAfterMove, clubConflict } from './clubs.ts';
import type { Member } from './domain.ts';
import { stale } from './members.ts';
import { type ChangeRecord, type ClubChange, type GroupDeps, StaleClub, StaleMember } from './ports.ts';
import { auditEntry } from './records.ts';

/**
 * What the club commands and the paths that take a number out of its club share: reading the
 * club, the club's side of a departure (its new count and status, the audit entry, the events),
 * and the retry when the club changed between the read and the write.
 */

export const NO_CLUB = message('club.not-found');

export async function clubOf(
  deps: Pick<GroupDeps, 'groups'>,
  tenantId: string,
  groupId: string,
): Promise<Club> {
  const club = await deps.groups.getClub(tenantId, groupId);
  if (!club) throw new NotFound(NO_CLUB);
  return club;
}

/**
 * The club's side of `member` leaving it (on its own or with another change of the member): the
 * club one member smaller, flagged `below-minimum` when that takes it under the package's minimum,
 * with its audit entry and events added to `rec`. Nothing when the member is in no club.
 */
export async function clubDeparture(
  deps: Pick<GroupDeps, 'groups'>,
  actor: Actor,
  catalog: Catalog,
  member: Member,
  reason: ClubLeaveReason,
  at: Date,
  rec: ChangeRecord,
): Promise<ClubChange | undefined> {
  if (!member.club) return undefined;
  const club = await deps.groups.getClub(member.tenantId, member.groupId);
  if (!club || club.clubId !== member.club.clubId) return undefined;
  return departureFrom(club, actor, catalog, member, reason, at, rec);
}

/** `member` leaves `club` (which it is in): the club's change, its audit entry and events in `rec`. */
export function departureFrom(
  club: Club,
  actor: Actor,
  catalog: Catalog,
  member: Member,
  reason: ClubLeaveReason,
  at: Date,
  rec: ChangeRecord,
): ClubChange {
  const minMembers = catalog.policies.businessClubs.minMembers;
  const { club: after, fellBelowMinimum } = clubAfterMove(club, -1, minMembers, at);
  rec.audit.push(
    auditEntry(
      actor,
      at,
      member.groupId,
      'club.member-left',
      member.msisdn,
      { clubId: club.clubId, joinedAt: member.club?.joinedAt ?? null },
      { reason, memberCount: after.memberCount, status: after.status },
    ),
  );
  rec.events.push({
    contract: ClubMemberLeft,
    data: {
      groupId: member.groupId,
      clubId: club.clubId,
      msisdn: member.msisdn,
      reason,
      memberCount: after.memberCount,
      status: after.status,
    },
  });
  if (fellBelowMinimum) rec.events.push(belowMinimumEvent(after));
  return { before: club, after };
}

export function belowMinimumEvent(club: Club) {
  return {
    contract: ClubBelowMinimum,
    data: {
      groupId: club.groupId,
      clubId: club.clubId,
      memberCount: club.memberCount,
      minMembers: club.minMembers,
      since: club.belowMinimumSince ?? club.updatedAt,
    },
  };
}

/** Reads and writes of a command are tried again this many times while the club keeps changing. */
export const CLUB_ATTEMPTS = 5;

/**
 * Runs a command that reads the club (and the member it moves) and writes them back at the
 * versions it read; when another command changed either in between (`StaleClub`, `StaleMember`),
 * the whole command runs again on fresh reads, so that two joins of the same number charge once
 * and two joins of different numbers both count. Each attempt is one transaction: a retry never
 * applies anything twice.
 */
export async function whileClubChanges<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!(e instanceof StaleClub) && !(e instanceof StaleMember)) throw e;
      if (attempt < CLUB_ATTEMPTS) continue;
      throw e instanceof StaleClub ? clubConflict(message('club.changed-meanwhile')) : stale();
    }
  }
}
