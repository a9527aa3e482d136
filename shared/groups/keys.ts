import { planKeys } from '../catalog/keys.ts';
import { type Key, tenantPrefix } from '../db/keys.ts';

/**
 * Keys of business groups, members, number ownership, the audit trail, one-time charges,
 * holder-change offers and business clubs (access patterns in docs/data-model.md). Every key starts with the tenant.
 */
export const groupPk = (tenantId: string, groupId: string): string =>
  `${tenantPrefix(tenantId)}#G#${groupId}`;

export const numberPk = (tenantId: string, digits: string): string =>
  `${tenantPrefix(tenantId)}#NUM#${digits}`;

export const groupKeys = {
  /** The group profile: legal data, admin number, status, memberCount and per-plan counts. */
  profile: (tenantId: string, groupId: string): Key => ({ pk: groupPk(tenantId, groupId), sk: 'GROUP' }),
  /** GSI1: every group of the tenant, for the operator's customer list (newest ids last). */
  listEntry: (tenantId: string, groupId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#GROUPS`,
    gsi1sk: groupId,
  }),
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
  ownership: (tenantId: string, digits: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#NUM#${digits}`,
    sk: 'NUM',
  }),
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
  offer: (tenantId: string, offerId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#HC#${offerId}`,
    sk: 'HC',
  }),
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

export const clubKeys = {
  /** The group's business club (at most one): status, member count, the package's minimum, version. */
  club: (tenantId: string, groupId: string): Key => ({ pk: groupPk(tenantId, groupId), sk: 'CLUB' }),
  /**
   * GSI1 entry of a member item while the number is in the group's club (sparse: set and removed
   * with the member's `club`), so the club's numbers are one Query, never a read of the whole group.
   */
  memberEntry: (tenantId: string, groupId: string, digits: string) => ({
    gsi1pk: `${groupPk(tenantId, groupId)}#CLUB`,
    gsi1sk: digits,
  }),
  membersPartition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#CLUB`,
};
