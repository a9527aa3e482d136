import type { CatalogRepository } from '../catalog/ports.ts';
import type { ReadPart } from '../db/items.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { CausedBy } from '../kernel/actor.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { OneTimeCharge } from './charges.ts';
import type { Club } from './clubs.ts';
import type { Group, GroupDunningView, Member } from './domain.ts';

/**
 * What the groups use cases need from storage and from the areas around them. The DynamoDB
 * adapter is `dynamo.ts`; tests pass in-memory fakes.
 */

export interface AuditEntry {
  entryId: string;
  groupId: string;
  at: string;
  actor: { role: string; subject: string; msisdn?: string };
  action: string;
  /** `group`, `club` or the member's E.164 number. */
  target: string;
  before: unknown;
  after: unknown;
  correlationId?: string;
}

/** What accompanies every state change in its transaction. */
export interface ChangeRecord {
  tenantId: string;
  at: Date;
  correlationId?: string;
  audit: AuditEntry[];
  events: DomainEvent[];
  charges: OneTimeCharge[];
}

export interface NumberOwnership {
  msisdn: string;
  groupId: string;
  status: 'active' | 'released';
  holderOffer?: string;
  holderOfferExpiresAt?: string;
}

export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface HolderChangeOffer {
  offerId: string;
  msisdn: string;
  fromGroupId: string;
  toGroupId: string;
  status: OfferStatus;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  closedAt?: string;
  closedBy?: string;
}

/** The group's conditions failed: not the admin any more, suspended, or a plan limit reached. */
export class GroupPreconditionFailed extends Error {}
/** The number is owned by a group (or was released and may not be reused this way). */
export class NumberTaken extends Error {}
/** The member item changed since it was read (optimistic lock). */
export class StaleMember extends Error {}
/** The offer is no longer pending, expired, or the number changed meanwhile. */
export class OfferNotPending extends Error {}
/** The company registration number is already registered in this tenant. */
export class RegistrationTaken extends Error {}
/** The club changed since it was read (optimistic lock), or the group already has one. */
export class StaleClub extends Error {}

/** The group's club before and after a change: written iff it is still at `before.version`. */
export interface ClubChange {
  before: Club;
  after: Club;
}

export interface PlanMove {
  /** Plan that loses a member (absent when a member is added). */
  from?: string;
  /** Plan that gains a member, with its per-group limit. */
  to?: { code: string; max?: number };
}

/** The key of a member in `GroupRepository.getMembersByRef`' answer. */
export const memberRef = (groupId: string, msisdn: string): string => `${groupId}|${msisdn}`;

export interface GroupRepository {
  /** The write that shows the group's latest dunning change, for the dunning's transaction. */
  dunningWrite(tenantId: string, groupId: string, view: GroupDunningView): TransactionPart;
  /** The write that records a one-time charge for the group's next invoice, for another area's transaction. */
  chargeWrite(tenantId: string, charge: OneTimeCharge): TransactionPart;
  getGroup(tenantId: string, groupId: string): Promise<Group | undefined>;
  getMember(tenantId: string, groupId: string, msisdn: string): Promise<Member | undefined>;
  getNumber(tenantId: string, msisdn: string): Promise<NumberOwnership | undefined>;
  /** The same reads, as parts of another area's batch read. */
  numberRead(tenantId: string, msisdn: string): ReadPart<NumberOwnership | undefined>;
  memberRead(tenantId: string, groupId: string, msisdn: string): ReadPart<Member | undefined>;
  groupRead(tenantId: string, groupId: string): ReadPart<Group | undefined>;
  /** Many numbers' ownership in one batch read, by E.164 number (unknown numbers are absent). */
  getNumbers(tenantId: string, msisdns: readonly string[]): Promise<Map<string, NumberOwnership>>;
  /** Many members of any groups in one batch read, by `memberRef(groupId, msisdn)` (missing ones are absent). */
  getMembersByRef(
    tenantId: string,
    refs: readonly { groupId: string; msisdn: string }[],
  ): Promise<Map<string, Member>>;
  listGroups(tenantId: string, limit: number, cursor?: string): Promise<Page<Group>>;
  listMembers(tenantId: string, groupId: string, limit: number, cursor?: string): Promise<Page<Member>>;
  listAudit(tenantId: string, groupId: string, limit: number, cursor?: string): Promise<Page<AuditEntry>>;
  listCharges(
    tenantId: string,
    groupId: string,
    period: string | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<OneTimeCharge>>;

  /** Group, registration-number claim, admin member, number ownership: all or nothing. */
  register(group: Group, admin: Member, numberMayBeReleased: boolean, rec: ChangeRecord): Promise<void>;
  addMember(
    actorMsisdn: string,
    member: Member,
    maxOnPlan: number | undefined,
    numberMayBeReleased: boolean,
    rec: ChangeRecord,
  ): Promise<void>;
  /**
   * Writes `after` iff the member is still at `before.version`; moves the plan counts when the plan
   * changes, and writes the club's change when the member leaves its club with it.
   */
  updateMember(
    actorMsisdn: string,
    before: Member,
    after: Member,
    planMove: PlanMove | undefined,
    rec: ChangeRecord,
    club?: ClubChange,
  ): Promise<void>;
  /**
   * Deletes the member and releases its number in one transaction with the change record; the
   * `settlement` items (the money area's return of the remaining credit) join the same transaction,
   * and so does the change of the club the number was in.
   */
  removeMember(
    actorMsisdn: string,
    member: Member,
    rec: ChangeRecord,
    settlement?: TransactionPart,
    club?: ClubChange,
  ): Promise<void>;
  changeAdmin(actorMsisdn: string, oldAdmin: Member, newAdmin: Member, rec: ChangeRecord): Promise<void>;
  updateGroup(actorMsisdn: string, groupId: string, set: Partial<Group>, rec: ChangeRecord): Promise<void>;

  getOffer(tenantId: string, offerId: string): Promise<HolderChangeOffer | undefined>;
  listOffers(
    tenantId: string,
    groupId: string,
    direction: 'incoming' | 'outgoing',
    limit: number,
    cursor?: string,
  ): Promise<Page<HolderChangeOffer>>;
  createOffer(actorMsisdn: string, offer: HolderChangeOffer, rec: ChangeRecord): Promise<void>;
  /**
   * Moves the member from the offering group to the receiving group; the `settlement` items (the
   * return of the number's remaining credit to the offering group's admin) join the transaction.
   */
  acceptOffer(
    actorMsisdn: string,
    offer: HolderChangeOffer,
    before: Member,
    after: Member,
    maxOnPlan: number | undefined,
    rec: ChangeRecord,
    settlement?: TransactionPart,
    /** The offering group's club, when the number leaves it. */
    club?: ClubChange,
  ): Promise<void>;
  closeOffer(
    offer: HolderChangeOffer,
    status: 'declined' | 'withdrawn',
    by: string,
    rec: ChangeRecord,
  ): Promise<void>;

  /** The group's club (consistent read). */
  getClub(tenantId: string, groupId: string): Promise<Club | undefined>;
  /** The club's numbers, one page at a time, in number order. */
  listClubMembers(tenantId: string, groupId: string, limit: number, cursor?: string): Promise<Page<Member>>;
  /** The members of these numbers (E.164) that exist in the group (consistent read). */
  getMembers(tenantId: string, groupId: string, msisdns: string[]): Promise<Member[]>;
  /**
   * Founds the club with its first members (each written iff still at its read version, the club
   * iff the group has none): all or nothing. `StaleClub` when the group got a club meanwhile.
   */
  createClub(
    actorMsisdn: string,
    club: Club,
    members: { before: Member; after: Member }[],
    rec: ChangeRecord,
  ): Promise<void>;
  /**
   * A number joins or leaves the club: the member and the club each written iff still at their
   * read versions, with the change record (the joining fee among its charges).
   */
  changeClubMember(
    actorMsisdn: string,
    club: ClubChange,
    before: Member,
    after: Member,
    rec: ChangeRecord,
  ): Promise<void>;
  /**
   * Clears the club's membership from every number and deletes the club; the change record is
   * written with the last step. A club larger than one transaction is first marked `dissolving`
   * (no number can join it) and cleared in steps; a later call continues where one stopped.
   */
  dissolveClub(actorMsisdn: string, club: Club, rec: ChangeRecord): Promise<void>;
}

export interface NumberAllocator {
  /** The next unused number of the range (E.164), or undefined when the range is exhausted. */
  next(tenantId: string, range: { from: string; to: string }): Promise<string | undefined>;
}

/**
 * Credit belongs to the company that paid it: when a number leaves its group (removal, change of
 * holder) its remaining prepaid credit goes back to that group's administrator, in the same
 * transaction as the departure. The money area owns that rule and implements this port.
 */
export interface CreditSettlement {
  settle(s: {
    tenantId: string;
    groupId: string;
    /** The departing number (E.164). */
    from: string;
    adminMsisdn: string;
    at: Date;
    timeZone: string;
    causedBy: CausedBy;
    correlationId?: string;
  }): Promise<Settlement>;
}

export interface Settlement {
  /** What goes back to the administrator; absent when the number had no credit. */
  returned?: Money;
  /** The writes that move it, joined to the departure's transaction. */
  writes: TransactionPart;
}

/**
 * Business groups: registration, access rights, the group profile, the administrator handover,
 * the audit trail and the one-time charges list. Members are in `groups-members.ts`, the change
 * of holder in `groups-holder-change.ts`.
 */
export interface GroupDeps {
  groups: GroupRepository;
  numbers: NumberAllocator;
  catalogs: Pick<CatalogRepository, 'current'>;
  clock: Clock;
}
