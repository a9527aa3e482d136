import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, getItems, itemPart, keyId, queryPage, strip } from '../db/items.ts';
import { outboxPut } from '../db/outbox.ts';
import {
  isConditionalFailure,
  runTransaction,
  type TransactItem,
  TransactionRefused,
  untagged,
} from '../db/transactions.ts';
import { toPathForm } from '../kernel/phone.ts';
import type { OneTimeCharge } from './charges.ts';
import type { Club } from './clubs.ts';
import type { Group, Member } from './domain.ts';
import {
  auditKeys,
  chargeKeys,
  clubKeys,
  groupKeys,
  holderChangeKeys,
  memberKeys,
  numberKeys,
} from './keys.ts';
import type {
  AuditEntry,
  ChangeRecord,
  ClubChange,
  GroupRepository,
  HolderChangeOffer,
  NumberAllocator,
  NumberOwnership,
  PlanMove,
} from './ports.ts';
import {
  GroupPreconditionFailed,
  memberRef,
  NumberTaken,
  OfferNotPending,
  RegistrationTaken,
  StaleClub,
  StaleMember,
} from './ports.ts';

/**
 * Groups, members, number ownership, audit trail, one-time charges, holder-change offers and
 * business clubs in the single table (keys in `keys.ts`, section "Business groups"). Every command
 * is ONE transaction that carries the state change, its audit entry, its one-time charges and its
 * outbox events; conditions in that transaction enforce the invariants (a number in at most one
 * group, the per-plan member limit, only the current admin may change the group, a club's member
 * count moves with every number that joins or leaves it). The one exception is dissolving a club
 * larger than one transaction, done in steps (`dissolveClub`).
 */

// ----- items -------------------------------------------------------------------------------------

const digitsOf = toPathForm;

function groupItem(g: Group) {
  return {
    ...groupKeys.profile(g.tenantId, g.groupId),
    ...groupKeys.listEntry(g.tenantId, g.groupId),
    entity: 'Group',
    ...g,
  };
}

function memberItem(m: Member) {
  const digits = digitsOf(m.msisdn);
  return {
    ...memberKeys.member(m.tenantId, m.groupId, digits),
    ...memberKeys.planEntry(m.tenantId, m.plan, m.groupId, digits),
    ...(m.club ? clubKeys.memberEntry(m.tenantId, m.groupId, digits) : {}),
    entity: 'Member',
    ...m,
  };
}

function clubItem(c: Club) {
  return { ...clubKeys.club(c.tenantId, c.groupId), entity: 'Club', ...c };
}

/** The club after a change, iff it is still the same club at the version that was read. */
function clubPut({ before, after }: ClubChange): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: clubItem(after),
      ConditionExpression: 'clubId = :c AND #v = :v',
      ExpressionAttributeNames: { '#v': 'version' },
      ExpressionAttributeValues: { ':c': before.clubId, ':v': before.version },
    },
  };
}

function offerItem(tenantId: string, o: HolderChangeOffer) {
  return {
    ...holderChangeKeys.offer(tenantId, o.offerId),
    ...holderChangeKeys.incoming(tenantId, o.toGroupId, o.offerId),
    ...holderChangeKeys.outgoing(tenantId, o.fromGroupId, o.offerId),
    entity: 'HolderChangeOffer',
    ...o,
  };
}

/** Audit entries, one-time charges and outbox events of a change: the tail of its transaction. */
function recordItems(rec: ChangeRecord): TransactItem[] {
  const t = tableName();
  return [
    ...rec.charges.map(
      (c): TransactItem => ({
        Put: {
          TableName: t,
          Item: {
            ...chargeKeys.charge(rec.tenantId, c.groupId, c.period, c.chargeId),
            entity: 'Charge',
            tenantId: rec.tenantId,
            ...c,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ),
    ...rec.audit.map(
      (a): TransactItem => ({
        Put: {
          TableName: t,
          Item: {
            ...auditKeys.entry(rec.tenantId, a.groupId, a.entryId),
            entity: 'AuditEntry',
            tenantId: rec.tenantId,
            ...a,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ),
    ...rec.events.map((e) => outboxPut(e.contract, rec.tenantId, e.data as never, rec.at, rec.correlationId)),
  ];
}

/** `+1` on the group's count and the plan's count, checking the plan's per-group limit. */
function countsUpdate(
  tenantId: string,
  groupId: string,
  move: PlanMove,
  condition: { expr: string; names?: Record<string, string>; values?: Record<string, unknown> },
  at: string,
): TransactItem {
  const names: Record<string, string> = { ...(condition.names ?? {}) };
  const values: Record<string, unknown> = { ':now': at, ...(condition.values ?? {}) };
  const sets: string[] = ['updatedAt = :now'];
  const conds: string[] = [condition.expr];
  const delta = (move.to ? 1 : 0) - (move.from ? 1 : 0);
  if (delta !== 0) {
    sets.push('memberCount = memberCount + :delta');
    values[':delta'] = delta;
  }
  if (move.from) {
    names['#from'] = move.from;
    values[':one'] = 1;
    sets.push('planCounts.#from = planCounts.#from - :one');
  }
  if (move.to) {
    names['#to'] = move.to.code;
    values[':one'] = 1;
    values[':zero'] = 0;
    sets.push('planCounts.#to = if_not_exists(planCounts.#to, :zero) + :one');
    if (move.to.max !== undefined) {
      conds.push('(attribute_not_exists(planCounts.#to) OR planCounts.#to < :max)');
      values[':max'] = move.to.max;
    }
  }
  return {
    Update: {
      TableName: tableName(),
      Key: groupKeys.profile(tenantId, groupId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: conds.join(' AND '),
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
    },
  };
}

const isAdmin = (actorMsisdn: string) => ({
  expr: 'adminMsisdn = :actor',
  values: { ':actor': actorMsisdn },
});

// ----- transactions ---------------------------------------------------------------------------

/**
 * Runs the items through the one transaction runner (contention retried there). A failed
 * condition is returned as the index of the item whose condition failed, which each command
 * turns into its own refusal.
 */
async function transact(items: TransactItem[]): Promise<number | undefined> {
  try {
    await runTransaction(untagged(items));
    return undefined;
  } catch (e) {
    if (e instanceof TransactionRefused) return e.index;
    throw e;
  }
}

// ----- the repository --------------------------------------------------------------------------

export const dynamoGroupRepository: GroupRepository = {
  dunningWrite: (tenantId, groupId, view) => [
    {
      tag: 'group',
      item: {
        Update: {
          TableName: tableName(),
          Key: groupKeys.profile(tenantId, groupId),
          UpdateExpression: 'SET dunning = :view',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':view': view },
        },
      },
    },
  ],
  chargeWrite: (tenantId, charge) =>
    untagged(
      recordItems({ tenantId, at: new Date(charge.createdAt), charges: [charge], audit: [], events: [] }),
    ),
  getGroup: (tenantId, groupId) => getItem<Group>(groupKeys.profile(tenantId, groupId)),
  getMember: (tenantId, groupId, msisdn) =>
    getItem<Member>(memberKeys.member(tenantId, groupId, digitsOf(msisdn))),
  getNumber: (tenantId, msisdn) => getItem<NumberOwnership>(numberKeys.ownership(tenantId, digitsOf(msisdn))),
  numberRead: (tenantId, msisdn) =>
    itemPart<NumberOwnership>(numberKeys.ownership(tenantId, digitsOf(msisdn))),
  memberRead: (tenantId, groupId, msisdn) =>
    itemPart<Member>(memberKeys.member(tenantId, groupId, digitsOf(msisdn))),
  groupRead: (tenantId, groupId) => itemPart<Group>(groupKeys.profile(tenantId, groupId)),
  async getNumbers(tenantId, msisdns) {
    const unique = [...new Set(msisdns)];
    const items = await getItems(unique.map((m) => numberKeys.ownership(tenantId, digitsOf(m))));
    const out = new Map<string, NumberOwnership>();
    for (const item of items.values()) out.set(item.msisdn as string, item as unknown as NumberOwnership);
    return out;
  },
  async getMembersByRef(tenantId, refs) {
    const unique = new Map(refs.map((r) => [memberRef(r.groupId, r.msisdn), r]));
    const items = await getItems(
      [...unique.values()].map((r) => memberKeys.member(tenantId, r.groupId, digitsOf(r.msisdn))),
    );
    const out = new Map<string, Member>();
    for (const item of items.values()) {
      const m = item as unknown as Member;
      out.set(memberRef(m.groupId, m.msisdn), m);
    }
    return out;
  },

  listGroups: (tenantId, limit, cursor) =>
    queryPage<Group>(
      { index: 'gsi1', partition: ['gsi1pk', groupKeys.listPartition(tenantId)] },
      limit,
      cursor,
    ),
  listMembers: (tenantId, groupId, limit, cursor) =>
    queryPage<Member>(
      { partition: ['pk', groupKeys.profile(tenantId, groupId).pk], skPrefix: memberKeys.prefix },
      limit,
      cursor,
    ),
  listAudit: (tenantId, groupId, limit, cursor) =>
    queryPage<AuditEntry>(
      { partition: ['pk', auditKeys.partition(tenantId, groupId)], newestFirst: true },
      limit,
      cursor,
    ),
  listCharges: (tenantId, groupId, period, limit, cursor) =>
    queryPage<OneTimeCharge>(
      {
        partition: ['pk', chargeKeys.partition(tenantId, groupId)],
        skPrefix: period ? chargeKeys.periodPrefix(period) : 'P#',
      },
      limit,
      cursor,
    ),

  async register(group, admin, numberMayBeReleased, rec) {
    const t = tableName();
    const items: TransactItem[] = [
      { Put: { TableName: t, Item: groupItem(group), ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Put: {
          TableName: t,
          Item: {
            ...groupKeys.registration(group.tenantId, group.company.registrationNumber),
            entity: 'RegistrationClaim',
            groupId: group.groupId,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ownershipPut(admin, numberMayBeReleased),
      { Put: { TableName: t, Item: memberItem(admin), ConditionExpression: 'attribute_not_exists(pk)' } },
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 1) throw new RegistrationTaken();
    if (failed === 2 || failed === 3) throw new NumberTaken();
    throw new GroupPreconditionFailed();
  },

  async addMember(actorMsisdn, member, maxOnPlan, numberMayBeReleased, rec) {
    const items: TransactItem[] = [
      ownershipPut(member, numberMayBeReleased),
      {
        Put: {
          TableName: tableName(),
          Item: memberItem(member),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      countsUpdate(
        member.tenantId,
        member.groupId,
        { to: { code: member.plan, max: maxOnPlan } },
        {
          expr: 'adminMsisdn = :actor AND #status = :active',
          names: { '#status': 'status' },
          values: { ':actor': actorMsisdn, ':active': 'active' },
        },
        rec.at.toISOString(),
      ),
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed <= 1) throw new NumberTaken();
    throw new GroupPreconditionFailed();
  },

  async updateMember(actorMsisdn, before, after, planMove, rec, club) {
    const items: TransactItem[] = [
      memberPutIfVersion(after, before.version),
      planMove
        ? countsUpdate(after.tenantId, after.groupId, planMove, isAdmin(actorMsisdn), rec.at.toISOString())
        : adminCheck(after.tenantId, after.groupId, actorMsisdn),
      ...recordItems(rec),
    ];
    const clubAt = items.length;
    if (club) items.push(clubPut(club));
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 0) throw new StaleMember();
    if (club && failed === clubAt) throw new StaleClub();
    throw new GroupPreconditionFailed();
  },

  async removeMember(actorMsisdn, member, rec, settlement = [], club) {
    const t = tableName();
    const digits = digitsOf(member.msisdn);
    const items: TransactItem[] = [
      {
        Delete: {
          TableName: t,
          Key: memberKeys.member(member.tenantId, member.groupId, digits),
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': member.version },
        },
      },
      {
        // Released, not deleted: the BALANCE item of the number's partition (money area) stays.
        Update: {
          TableName: t,
          Key: numberKeys.ownership(member.tenantId, digits),
          UpdateExpression:
            'SET #status = :released, releasedAt = :now REMOVE holderOffer, holderOfferExpiresAt',
          ConditionExpression: 'groupId = :g AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':released': 'released',
            ':active': 'active',
            ':now': rec.at.toISOString(),
            ':g': member.groupId,
          },
        },
      },
      countsUpdate(
        member.tenantId,
        member.groupId,
        { from: member.plan },
        {
          expr: 'adminMsisdn = :actor AND adminMsisdn <> :m',
          values: { ':actor': actorMsisdn, ':m': member.msisdn },
        },
        rec.at.toISOString(),
      ),
      ...recordItems(rec),
    ];
    const clubAt = items.length;
    if (club) items.push(clubPut(club));
    const settlementFrom = items.length;
    const failed = await transact([...items, ...settlement.map((w) => w.item)]);
    if (failed === undefined) return;
    if (club && failed === clubAt) throw new StaleClub();
    // The member, its number or its balance changed meanwhile: the caller reads again.
    if (failed <= 1 || failed >= settlementFrom) throw new StaleMember();
    throw new GroupPreconditionFailed();
  },

  async changeAdmin(actorMsisdn, oldAdmin, newAdmin, rec) {
    const items: TransactItem[] = [
      {
        Update: {
          TableName: tableName(),
          Key: groupKeys.profile(oldAdmin.tenantId, oldAdmin.groupId),
          UpdateExpression: 'SET adminMsisdn = :to, updatedAt = :now',
          ConditionExpression: 'adminMsisdn = :actor',
          ExpressionAttributeValues: {
            ':to': newAdmin.msisdn,
            ':actor': actorMsisdn,
            ':now': rec.at.toISOString(),
          },
        },
      },
      memberPutIfVersion(
        { ...oldAdmin, role: 'member', version: oldAdmin.version + 1, updatedAt: rec.at.toISOString() },
        oldAdmin.version,
      ),
      memberPutIfVersion(newAdmin, newAdmin.version - 1),
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 0) throw new GroupPreconditionFailed();
    throw new StaleMember();
  },

  async updateGroup(actorMsisdn, groupId, set, rec) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':actor': actorMsisdn, ':now': rec.at.toISOString() };
    const sets = ['updatedAt = :now'];
    Object.entries(set).forEach(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:f${i}`] = v;
      sets.push(`#f${i} = :f${i}`);
    });
    const items: TransactItem[] = [
      {
        Update: {
          TableName: tableName(),
          Key: groupKeys.profile(rec.tenantId, groupId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'adminMsisdn = :actor',
          ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
          ExpressionAttributeValues: values,
        },
      },
      ...recordItems(rec),
    ];
    if ((await transact(items)) !== undefined) throw new GroupPreconditionFailed();
  },

  getOffer: (tenantId, offerId) => getItem<HolderChangeOffer>(holderChangeKeys.offer(tenantId, offerId)),

  listOffers: (tenantId, groupId, direction, limit, cursor) =>
    direction === 'incoming'
      ? queryPage<HolderChangeOffer>(
          {
            index: 'gsi1',
            partition: ['gsi1pk', holderChangeKeys.incomingPartition(tenantId, groupId)],
            newestFirst: true,
          },
          limit,
          cursor,
        )
      : queryPage<HolderChangeOffer>(
          {
            index: 'gsi2',
            partition: ['gsi2pk', holderChangeKeys.outgoingPartition(tenantId, groupId)],
            newestFirst: true,
          },
          limit,
          cursor,
        ),

  async createOffer(actorMsisdn, offer, rec) {
    const t = tableName();
    const items: TransactItem[] = [
      {
        Put: {
          TableName: t,
          Item: offerItem(rec.tenantId, offer),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: t,
          Key: numberKeys.ownership(rec.tenantId, digitsOf(offer.msisdn)),
          UpdateExpression: 'SET holderOffer = :o, holderOfferExpiresAt = :exp',
          ConditionExpression:
            'groupId = :g AND #status = :active AND (attribute_not_exists(holderOffer) OR holderOfferExpiresAt < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':o': offer.offerId,
            ':exp': offer.expiresAt,
            ':g': offer.fromGroupId,
            ':active': 'active',
            ':now': rec.at.toISOString(),
          },
        },
      },
      {
        ConditionCheck: {
          TableName: t,
          Key: groupKeys.profile(rec.tenantId, offer.fromGroupId),
          ConditionExpression: 'adminMsisdn = :actor AND adminMsisdn <> :m',
          ExpressionAttributeValues: { ':actor': actorMsisdn, ':m': offer.msisdn },
        },
      },
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 1) throw new OfferNotPending();
    throw new GroupPreconditionFailed();
  },

  async acceptOffer(actorMsisdn, offer, before, after, maxOnPlan, rec, settlement = [], club) {
    const t = tableName();
    const now = rec.at.toISOString();
    const digits = digitsOf(offer.msisdn);
    const items: TransactItem[] = [
      {
        Update: {
          TableName: t,
          Key: holderChangeKeys.offer(rec.tenantId, offer.offerId),
          UpdateExpression: 'SET #status = :accepted, closedAt = :now, closedBy = :by',
          ConditionExpression: '#status = :pending AND expiresAt > :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':accepted': 'accepted',
            ':pending': 'pending',
            ':now': now,
            ':by': actorMsisdn,
          },
        },
      },
      {
        Update: {
          TableName: t,
          Key: numberKeys.ownership(rec.tenantId, digits),
          UpdateExpression: 'SET groupId = :to, movedAt = :now REMOVE holderOffer, holderOfferExpiresAt',
          ConditionExpression: 'holderOffer = :o AND groupId = :from AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':to': offer.toGroupId,
            ':from': offer.fromGroupId,
            ':o': offer.offerId,
            ':active': 'active',
            ':now': now,
          },
        },
      },
      {
        Delete: {
          TableName: t,
          Key: memberKeys.member(rec.tenantId, offer.fromGroupId, digits),
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': before.version },
        },
      },
      { Put: { TableName: t, Item: memberItem(after), ConditionExpression: 'attribute_not_exists(pk)' } },
      countsUpdate(
        rec.tenantId,
        offer.fromGroupId,
        { from: before.plan },
        { expr: 'adminMsisdn <> :m', values: { ':m': offer.msisdn } },
        now,
      ),
      countsUpdate(
        rec.tenantId,
        offer.toGroupId,
        { to: { code: after.plan, max: maxOnPlan } },
        {
          expr: 'adminMsisdn = :actor AND #status = :active',
          names: { '#status': 'status' },
          values: { ':actor': actorMsisdn, ':active': 'active' },
        },
        now,
      ),
      ...recordItems(rec),
    ];
    const clubAt = items.length;
    if (club) items.push(clubPut(club));
    const settlementFrom = items.length;
    const failed = await transact([...items, ...settlement.map((w) => w.item)]);
    if (failed === undefined) return;
    if (club && failed === clubAt) throw new StaleClub();
    // Offer, member or number (or its balance) changed meanwhile.
    if (failed <= 4 || failed >= settlementFrom) throw new OfferNotPending();
    throw new GroupPreconditionFailed();
  },

  async closeOffer(offer, status, by, rec) {
    const t = tableName();
    const offerUpdate: TransactItem = {
      Update: {
        TableName: t,
        Key: holderChangeKeys.offer(rec.tenantId, offer.offerId),
        UpdateExpression: 'SET #status = :s, closedAt = :now, closedBy = :by',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':s': status,
          ':pending': 'pending',
          ':now': rec.at.toISOString(),
          ':by': by,
        },
      },
    };
    const release: TransactItem = {
      Update: {
        TableName: t,
        Key: numberKeys.ownership(rec.tenantId, digitsOf(offer.msisdn)),
        UpdateExpression: 'REMOVE holderOffer, holderOfferExpiresAt',
        ConditionExpression: 'holderOffer = :o',
        ExpressionAttributeValues: { ':o': offer.offerId },
      },
    };
    const failed = await transact([offerUpdate, release, ...recordItems(rec)]);
    if (failed === undefined) return;
    if (failed === 0) throw new OfferNotPending();
    // The number no longer carries this offer (removed meanwhile): close the offer alone.
    if ((await transact([offerUpdate, ...recordItems(rec)])) !== undefined) throw new OfferNotPending();
  },

  getClub: (tenantId, groupId) => getItem<Club>(clubKeys.club(tenantId, groupId)),

  listClubMembers: (tenantId, groupId, limit, cursor) =>
    queryPage<Member>(
      { index: 'gsi1', partition: ['gsi1pk', clubKeys.membersPartition(tenantId, groupId)] },
      limit,
      cursor,
    ),

  async getMembers(tenantId, groupId, msisdns) {
    const keys = msisdns.map((m) => memberKeys.member(tenantId, groupId, digitsOf(m)));
    const found = await getItems(keys);
    return keys.flatMap((k) => {
      const item = found.get(keyId(k));
      return item ? [strip<Member>(item)] : [];
    });
  },

  async createClub(actorMsisdn, club, members, rec) {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName(),
          Item: clubItem(club),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      adminCheck(club.tenantId, club.groupId, actorMsisdn),
      ...members.map((m) => memberPutIfVersion(m.after, m.before.version)),
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 0) throw new StaleClub();
    if (failed === 1) throw new GroupPreconditionFailed();
    throw new StaleMember();
  },

  async changeClubMember(actorMsisdn, club, before, after, rec) {
    const items: TransactItem[] = [
      clubPut(club),
      memberPutIfVersion(after, before.version),
      adminCheck(after.tenantId, after.groupId, actorMsisdn),
      ...recordItems(rec),
    ];
    const failed = await transact(items);
    if (failed === undefined) return;
    if (failed === 0) throw new StaleClub();
    if (failed === 1) throw new StaleMember();
    throw new GroupPreconditionFailed();
  },

  dissolveClub: (actorMsisdn, club, rec) => dissolveClubInSteps(actorMsisdn, club, rec, DISSOLVE_STEP),
};

// ----- dissolving a club ---------------------------------------------------------------------------

/**
 * Numbers cleared per transaction when a club is dissolved: with the club, the admin check, the
 * audit entry and the event, one transaction stays within DynamoDB's 100 items.
 */
export const DISSOLVE_STEP = 90;

/** Failed or empty steps (the club changed meanwhile, the club index lagging) before giving up. */
const DISSOLVE_RETRIES = 5;

/**
 * Clears the club's numbers `step` at a time and deletes the club with the last of them. The
 * numbers come from the club's GSI1 partition, which may lag; each number is cleared only if it
 * still carries this club, and the club is deleted only if its member count (kept exact by every
 * transaction that moves a number) equals the numbers cleared in that last step. So the last step
 * succeeds only when it clears every remaining member. Before the last step the club is
 * `dissolving`: a number can no longer join it.
 */
export async function dissolveClubInSteps(
  actorMsisdn: string,
  club: Club,
  rec: ChangeRecord,
  step: number,
): Promise<void> {
  const t = tableName();
  const now = rec.at.toISOString();
  let current = club;
  let retries = 0;
  for (;;) {
    const page = await queryPage<Member>(
      { index: 'gsi1', partition: ['gsi1pk', clubKeys.membersPartition(club.tenantId, club.groupId)] },
      step,
      undefined,
    );
    const numbers = page.items.filter((m) => m.club?.clubId === club.clubId).map((m) => m.msisdn);
    const last = numbers.length >= current.memberCount;
    // Nothing found while the club still counts members: its index has not caught up yet.
    if (numbers.length > 0 || last) {
      const key = clubKeys.club(club.tenantId, club.groupId);
      const clubWrite: TransactItem = last
        ? {
            Delete: {
              TableName: t,
              Key: key,
              ConditionExpression: 'clubId = :c AND #v = :v AND memberCount = :n',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':c': club.clubId, ':v': current.version, ':n': numbers.length },
            },
          }
        : {
            Update: {
              TableName: t,
              Key: key,
              UpdateExpression:
                'SET #status = :dissolving, memberCount = memberCount - :k, #v = #v + :one, updatedAt = :now REMOVE belowMinimumSince',
              ConditionExpression: 'clubId = :c AND #v = :v',
              ExpressionAttributeNames: { '#v': 'version', '#status': 'status' },
              ExpressionAttributeValues: {
                ':c': club.clubId,
                ':v': current.version,
                ':dissolving': 'dissolving',
                ':k': numbers.length,
                ':one': 1,
                ':now': now,
              },
            },
          };
      const cleared = numbers.map(
        (msisdn): TransactItem => ({
          Update: {
            TableName: t,
            Key: memberKeys.member(club.tenantId, club.groupId, digitsOf(msisdn)),
            UpdateExpression: 'REMOVE club, gsi1pk, gsi1sk SET #v = #v + :one, updatedAt = :now',
            ConditionExpression: 'club.clubId = :c',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: { ':c': club.clubId, ':one': 1, ':now': now },
          },
        }),
      );
      const failed = await transact([
        clubWrite,
        adminCheck(club.tenantId, club.groupId, actorMsisdn),
        ...cleared,
        ...(last ? recordItems(rec) : []),
      ]);
      if (failed === undefined) {
        if (last) return;
        current = {
          ...current,
          status: 'dissolving',
          memberCount: current.memberCount - numbers.length,
          version: current.version + 1,
        };
        continue;
      }
      if (failed === 1) throw new GroupPreconditionFailed();
    }
    // The club changed meanwhile, or its index has not caught up yet: read it again.
    if (++retries > DISSOLVE_RETRIES) throw new StaleClub();
    await new Promise((r) => setTimeout(r, 25 * retries));
    const fresh = await getItem<Club>(clubKeys.club(club.tenantId, club.groupId));
    if (!fresh || fresh.clubId !== club.clubId) throw new StaleClub();
    current = fresh;
  }
}

function ownershipPut(member: Member, mayBeReleased: boolean): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...numberKeys.ownership(member.tenantId, digitsOf(member.msisdn)),
        entity: 'NumberOwnership',
        msisdn: member.msisdn,
        groupId: member.groupId,
        status: 'active',
        since: member.addedAt,
      },
      ConditionExpression: mayBeReleased
        ? 'attribute_not_exists(pk) OR #status = :released'
        : 'attribute_not_exists(pk)',
      ...(mayBeReleased
        ? {
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':released': 'released' },
          }
        : {}),
    },
  };
}

function memberPutIfVersion(member: Member, version: number): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: memberItem(member),
      ConditionExpression: '#v = :v',
      ExpressionAttributeNames: { '#v': 'version' },
      ExpressionAttributeValues: { ':v': version },
    },
  };
}

function adminCheck(tenantId: string, groupId: string, actorMsisdn: string): TransactItem {
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: groupKeys.profile(tenantId, groupId),
      ConditionExpression: 'adminMsisdn = :actor',
      ExpressionAttributeValues: { ':actor': actorMsisdn },
    },
  };
}

// ----- number allocation -------------------------------------------------------------------------

/**
 * One counter item per range (`T#<t>#NUMRANGE#<from>`), advanced with an atomic UpdateItem ADD:
 * each call hands out a different offset, so two requests never get the same candidate. The
 * candidate is then claimed with the conditional ownership put of the member's transaction (a
 * ported-in number inside the range makes that fail, and the caller asks for the next one).
 */
export const dynamoNumberAllocator: NumberAllocator = {
  async next(tenantId, range) {
    const from = BigInt(range.from.slice(1));
    const size = BigInt(range.to.slice(1)) - from + 1n;
    try {
      const out = await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: numberKeys.rangeCounter(tenantId, range.from.slice(1)),
          UpdateExpression: 'ADD #n :one SET #to = :to',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :size',
          ExpressionAttributeNames: { '#n': 'next', '#to': 'rangeTo' },
          ExpressionAttributeValues: { ':one': 1, ':size': Number(size), ':to': range.to },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const n = BigInt(out.Attributes?.next as number);
      return `+${from + n - 1n}`;
    } catch (e) {
      if (isConditionalFailure(e)) return undefined;
      throw e;
    }
  },
};
