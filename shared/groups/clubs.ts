import * as z from 'zod';
import type { Catalog, Plan } from '../catalog/domain.ts';
import { Conflict, fieldIssue } from '../kernel/errors.ts';
import { type Message, message } from '../kernel/messages.ts';
import type { Member } from './domain.ts';

/**
 * Business clubs: a group's administrator gathers numbers of the group into the group's club, and
 * calls between two numbers of the same club are free (the rating engine prices them as
 * `CLUB-CALL` when both carry the same club id in their member item's `club`). A club needs a
 * minimum number of members on monthly contracts, set by the package (the catalog's
 * `policies.businessClubs.minMembers`; a plan counts when it is `clubEligible`). Pure rules and
 * shapes; no I/O.
 *
 * - A group has at most one club. It is founded with at least the minimum of numbers, every one a
 *   member of the group on an eligible plan; the founders pay nothing.
 * - A number joining later pays the catalog's `club-member` fee, once: joining again changes
 *   nothing and charges nothing.
 * - Every member of a club is on an eligible plan, so the club's member count is its count of
 *   monthly contracts. A number leaves the club when the admin takes it out, when it leaves the
 *   group (removal, change of holder) and when it moves to a plan that is not eligible.
 * - A club that falls below the minimum is kept, flagged `below-minimum` with the moment it fell,
 *   for the administrator (and the operator) to see; it becomes `active` again when enough
 *   numbers join. The minimum is the package's at each change of the club.
 * - Dissolving clears the membership of every number. A club larger than one transaction is
 *   closed to joins first (`dissolving`) and cleared in steps.
 */

export const CLUB_STATUSES = ['active', 'below-minimum', 'dissolving'] as const;
export type ClubStatus = (typeof CLUB_STATUSES)[number];

export interface Club {
  tenantId: string;
  groupId: string;
  /** ULID; a new club of the same group (after a dissolution) has a new id. */
  clubId: string;
  status: ClubStatus;
  /** Numbers in the club, all on eligible plans (kept exact in every transaction that moves one). */
  memberCount: number;
  /** The package's minimum when the club last changed. */
  minMembers: number;
  /** When the club fell below its minimum; present while it is below it. */
  belowMinimumSince?: string;
  createdAt: string;
  /** The administrator's number (E.164) that founded it. */
  createdBy: string;
  updatedAt: string;
  /** Optimistic lock: +1 on every change. */
  version: number;
}

/** Why a number left its club. */
export const CLUB_LEAVE_REASONS = ['left', 'removed', 'plan-change', 'holder-change'] as const;
export type ClubLeaveReason = (typeof CLUB_LEAVE_REASONS)[number];

/** Most numbers a club is founded with in one request (one transaction); more join one by one. */
export const MAX_FOUNDING_MEMBERS = 90;

export const NewClubSchema = z.strictObject({
  /** The founding numbers of the group, national or international form. */
  members: z.array(z.string().trim().min(3).max(32)).min(1).max(MAX_FOUNDING_MEMBERS),
});
export type NewClubInput = z.infer<typeof NewClubSchema>;

/** A refusal that depends on the state of the group or the club (409), naming the field when there is one. */
export function clubConflict(text: Message, field?: string, detail: Record<string, unknown> = {}): Conflict {
  return new Conflict(text, field ? { ...detail, errors: [fieldIssue(field, text)] } : detail);
}

/** The package's club policy, or a 409 when the tenant does not offer clubs. */
export function clubPolicy(catalog: Catalog): { minMembers: number } {
  const policy = catalog.policies.businessClubs;
  if (!policy.enabled) throw clubConflict(message('club.disabled'));
  return { minMembers: policy.minMembers };
}

/** A plan that counts as a monthly contract for a club (plans no longer in the catalog do not). */
export function isClubPlan(catalog: Catalog, planCode: string): boolean {
  return catalog.plans.find((p: Plan) => p.code === planCode)?.clubEligible === true;
}

/** Refuses a number whose plan does not count for a club, naming `field`. */
export function requireClubPlan(catalog: Catalog, member: Pick<Member, 'msisdn' | 'plan'>, field: string) {
  if (!isClubPlan(catalog, member.plan)) {
    throw clubConflict(
      message('club.plan-not-eligible', { msisdn: member.msisdn, plan: member.plan }),
      field,
      { plan: member.plan },
    );
  }
}

/** The founders of a club: at least the minimum, each named once (the caller checks each one). */
export function requireFounders(count: number, minMembers: number, field: string): void {
  if (count < minMembers) {
    throw clubConflict(message('club.too-few', { min: minMembers, count }), field, { minMembers });
  }
}

export interface ClubAfter {
  club: Club;
  /** The change took the club below its minimum (it was not below it before). */
  fellBelowMinimum: boolean;
}

/**
 * The club after its member count moves by `delta`: below the package's minimum it is flagged
 * `below-minimum` (keeping the moment it first fell), at or above it is `active` again. A club
 * being dissolved stays `dissolving`.
 */
export function clubAfterMove(club: Club, delta: number, minMembers: number, at: Date): ClubAfter {
  const memberCount = club.memberCount + delta;
  const now = at.toISOString();
  const { belowMinimumSince: since, ...rest } = club;
  const below = memberCount < minMembers;
  const wasBelow = club.status === 'below-minimum';
  const status: ClubStatus = club.status === 'dissolving' ? 'dissolving' : below ? 'below-minimum' : 'active';
  return {
    club: {
      ...rest,
      status,
      memberCount,
      minMembers,
      ...(status === 'below-minimum' ? { belowMinimumSince: wasBelow && since ? since : now } : {}),
      updatedAt: now,
      version: club.version + 1,
    },
    fellBelowMinimum: status === 'below-minimum' && !wasBelow,
  };
}

/** A member of `club` as of `at`. */
export function joined(member: Member, club: Club, at: Date): Member {
  const now = at.toISOString();
  return {
    ...member,
    club: { clubId: club.clubId, joinedAt: now },
    updatedAt: now,
    version: member.version + 1,
  };
}

/** The member without its club, as of `at`. */
export function withoutClub(member: Member, at: Date): Member {
  const { club: _club, ...rest } = member;
  return { ...rest, updatedAt: at.toISOString(), version: member.version + 1 };
}

export const inClub = (member: Pick<Member, 'club'>, club: Pick<Club, 'clubId'>): boolean =>
  member.club?.clubId === club.clubId;

// ----- views -----------------------------------------------------------------------------------

/**
 * What the administrator and the operator read of a club: it is a product of the group, without
 * personal data (its numbers are listed at `…/club/members`).
 */
export function clubView(c: Club) {
  return {
    clubId: c.clubId,
    status: c.status,
    memberCount: c.memberCount,
    minMembers: c.minMembers,
    ...(c.belowMinimumSince ? { belowMinimumSince: c.belowMinimumSince } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
