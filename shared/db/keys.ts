/**
 * Every key of the single table is built here, one section per entity, and every tenant-owned
 * key starts with the tenant (`T#<tenantId>`), so no access pattern can reach another tenant's
 * items by construction. `docs/data-model.md` lists each pattern with its keys.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** Width of zero-padded counters in sort keys (versions, sequence numbers). */
const PAD = 9;
export const pad = (n: number): string => String(n).padStart(PAD, '0');

export const tenantPrefix = (tenantId: string): string => `T#${tenantId}`;

export const tenantKeys = {
  /** The tenant's profile and settings. */
  profile: (tenantId: string): Key => ({ pk: tenantPrefix(tenantId), sk: 'TENANT' }),
  /** GSI1: every tenant, for the platform and the monthly scheduler (low write rate, small). */
  listEntry: (tenantId: string) => ({ gsi1pk: 'TENANTS', gsi1sk: tenantPrefix(tenantId) }),
  listPartition: 'TENANTS',
};

export const catalogKeys = {
  /** The catalog in force, with its version number (optimistic lock). */
  current: (tenantId: string): Key => ({ pk: `${tenantPrefix(tenantId)}#CATALOG`, sk: 'CURRENT' }),
  /** Every version ever written, immutable. */
  version: (tenantId: string, version: number): Key => ({
    pk: `${tenantPrefix(tenantId)}#CATALOG`,
    sk: `V#${pad(version)}`,
  }),
  versionPrefix: 'V#',
};

export const outboxKeys = {
  /** One partition per event: writes spread evenly; the stream carries it to the bus. */
  event: (tenantId: string, eventId: string): Key => ({ pk: `${tenantPrefix(tenantId)}#EVT#${eventId}`, sk: 'EVT' }),
};

export const notificationKeys = {
  /** Local outbox of SMS/e-mail, one item per message, listed per recipient via GSI1. */
  message: (tenantId: string, messageId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#MSG#${messageId}`,
    sk: 'MSG',
  }),
  byRecipient: (tenantId: string, recipient: string, messageId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#MSGTO#${recipient}`,
    gsi1sk: messageId,
  }),
  /** GSI2: a tenant's whole local outbox, oldest first (message ids are ULIDs). */
  byTenant: (tenantId: string, messageId: string) => ({
    gsi2pk: `${tenantPrefix(tenantId)}#MSGS`,
    gsi2sk: messageId,
  }),
  recipientPartition: (tenantId: string, recipient: string) => `${tenantPrefix(tenantId)}#MSGTO#${recipient}`,
  tenantPartition: (tenantId: string) => `${tenantPrefix(tenantId)}#MSGS`,
};

export const planKeys = {
  /**
   * GSI2 partition of the members subscribed to a plan: set on every member item, so "does this
   * plan have subscribers?" is a one-item Query (Limit 1), never a Scan.
   */
  subscribers: (tenantId: string, planCode: string): string => `${tenantPrefix(tenantId)}#PLAN#${planCode}`,
};

// ---------------------------------------------------------------------------------------------
// Business groups, members, numbers, audit trail, one-time charges, holder-change offers
// (issue 3). Every key starts with the tenant prefix.
// ---------------------------------------------------------------------------------------------

const groupPk = (tenantId: string, groupId: string): string => `${tenantPrefix(tenantId)}#G#${groupId}`;

export const groupKeys = {
  /** The group profile: legal data, admin number, status, memberCount and per-plan counts. */
  profile: (tenantId: string, groupId: string): Key => ({ pk: groupPk(tenantId, groupId), sk: 'GROUP' }),
  /** GSI1: every group of the tenant, for the operator's customer list (newest ids last). */
  listEntry: (tenantId: string, groupId: string) => ({ gsi1pk: `${tenantPrefix(tenantId)}#GROUPS`, gsi1sk: groupId }),
  listPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#GROUPS`,
  /** Uniqueness of a company registration number inside the tenant (one business account per company). */
  registration: (tenantId: string, registrationNumber: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#REGNO#${registrationNumber}`,
    sk: 'REGNO',
  }),
};

export const memberKeys = {
  /** A member (subscription) of a group; `digits` is the E.164 number without `+`. */
  member: (tenantId: string, groupId: string, digits: string): Key => ({
    pk: groupPk(tenantId, groupId),
    sk: `M#${digits}`,
  }),
  /** Sort-key prefix of the members in the group partition (the paginated overview). */
  prefix: 'M#',
  /** GSI2 entry of every member item: the plan's subscribers (see `planKeys.subscribers`). */
  planEntry: (tenantId: string, planCode: string, groupId: string, digits: string) => ({
    gsi2pk: planKeys.subscribers(tenantId, planCode),
    gsi2sk: `G#${groupId}#M#${digits}`,
  }),
};

export const numberKeys = {
  /**
   * Ownership of a number across the tenant: `{ groupId, status }`. Written with a condition in
   * the same transaction as the member, so a number belongs to at most one group. The same
   * partition holds the number's prepaid BALANCE (money area, `sk = BALANCE`).
   */
  ownership: (tenantId: string, digits: string): Key => ({ pk: `${tenantPrefix(tenantId)}#NUM#${digits}`, sk: 'NUM' }),
  /** Atomic allocation counter of one number range (UpdateItem ADD), keyed by the range's first number. */
  rangeCounter: (tenantId: string, fromDigits: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#NUMRANGE#${fromDigits}`,
    sk: 'NEXT',
  }),
};

export const auditKeys = {
  /** One item per change of a group (ULID sort key: chronological). */
  entry: (tenantId: string, groupId: string, entryId: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#AUDIT`,
    sk: entryId,
  }),
  partition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#AUDIT`,
};

export const chargeKeys = {
  /** A one-time charge for the invoice of `period` (YYYY-MM in the tenant time zone). */
  charge: (tenantId: string, groupId: string, period: string, chargeId: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#CHG`,
    sk: `P#${period}#${chargeId}`,
  }),
  partition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#CHG`,
  periodPrefix: (period: string): string => `P#${period}#`,
};

export const holderChangeKeys = {
  /** A change-of-holder offer (a number moving from one group to another). */
  offer: (tenantId: string, offerId: string): Key => ({ pk: `${tenantPrefix(tenantId)}#HC#${offerId}`, sk: 'HC' }),
  /** GSI1: offers received by a group. */
  incoming: (tenantId: string, toGroupId: string, offerId: string) => ({
    gsi1pk: `${groupPk(tenantId, toGroupId)}#HCIN`,
    gsi1sk: offerId,
  }),
  /** GSI2: offers made by a group. */
  outgoing: (tenantId: string, fromGroupId: string, offerId: string) => ({
    gsi2pk: `${groupPk(tenantId, fromGroupId)}#HCOUT`,
    gsi2sk: offerId,
  }),
  incomingPartition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#HCIN`,
  outgoingPartition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#HCOUT`,
};
