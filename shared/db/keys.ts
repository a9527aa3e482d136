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
  event: (tenantId: string, eventId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#EVT#${eventId}`,
    sk: 'EVT',
  }),
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
  /**
   * One message's delivery (`shared/notifications/delivery.ts`): claimed while it is being sent,
   * then sent; so a redelivered event sends no second message and a crashed attempt no lost one.
   */
  delivery: (tenantId: string, deliveryId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#NOTIFIED#${deliveryId}`,
    sk: 'NOTIFIED',
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

// ---------------------------------------------------------------------------------------------
// Money (issue 4): balances, ledger, transfer day counters, operation guards, top-ups, payment
// references, vouchers and their guessing counters, payments, payment settings.
// ---------------------------------------------------------------------------------------------

const numberPk = (tenantId: string, digits: string): string => `${tenantPrefix(tenantId)}#NUM#${digits}`;

export const balanceKeys = {
  /** The prepaid balance of a number: next to its ownership item (`numberKeys.ownership`). */
  balance: (tenantId: string, digits: string): Key => ({ pk: numberPk(tenantId, digits), sk: 'BALANCE' }),
};

export const ledgerKeys = {
  /**
   * One immutable ledger entry, in the number's partition: `sk = L#<groupId>#<entryId>` so a
   * number's history inside one group is a Query on `begins_with(sk, 'L#<groupId>#')` (a number
   * that changes holder never shows its old group's entries to the new one).
   */
  entry: (tenantId: string, digits: string, groupId: string, entryId: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: `L#${groupId}#${entryId}`,
  }),
  numberPartition: (tenantId: string, digits: string): string => numberPk(tenantId, digits),
  numberGroupPrefix: (groupId: string): string => `L#${groupId}#`,
  /** Every ledger entry of every number of the tenant (the property test, audits). */
  allPrefix: 'L#',
  /** GSI1: the group's statement of one billing period (tenant time zone), chronological (ULIDs). */
  statementEntry: (tenantId: string, groupId: string, period: string, entryId: string) => ({
    gsi1pk: `${groupPk(tenantId, groupId)}#LEDGER#${period}`,
    gsi1sk: entryId,
  }),
  statementPartition: (tenantId: string, groupId: string, period: string): string =>
    `${groupPk(tenantId, groupId)}#LEDGER#${period}`,
};

export const transferKeys = {
  /** Sum of the credit a group transferred on one day (tenant calendar): one item per group and day. */
  dayCounter: (tenantId: string, groupId: string, day: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#XFERDAY#${day}`,
    sk: 'XFERDAY',
  }),
};

export const operationKeys = {
  /**
   * The guard of one money-moving command, keyed by a hash of (tenant, operation, Idempotency-Key)
   * and written in the command's transaction: a replay after the idempotency record is gone still
   * finds it, so a command is applied at most once. It keeps the first result.
   */
  guard: (tenantId: string, opHash: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#OP#${opHash}`,
    sk: 'OP',
  }),
};

export const topUpKeys = {
  /** A top-up (bank transfer pending/completed, PayPal completed/declined, voucher). */
  topUp: (tenantId: string, topUpId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#TOPUP#${topUpId}`,
    sk: 'TOPUP',
  }),
};

export const paymentKeys = {
  /** A payment reference (ISO 11649 `RF…`) → what it pays; unique per tenant. */
  reference: (tenantId: string, reference: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#PAYREF#${reference}`,
    sk: 'PAYREF',
  }),
  /** A payment received, keyed by the bank's/provider's own id: a second delivery finds it. */
  payment: (tenantId: string, paymentId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#PAY#${paymentId}`,
    sk: 'PAY',
  }),
  /** GSI2: payments that matched nothing, oldest first, for the operator. */
  unmatchedEntry: (tenantId: string, receivedAt: string, paymentId: string) => ({
    gsi2pk: `${tenantPrefix(tenantId)}#PAYMENTS#UNMATCHED`,
    gsi2sk: `${receivedAt}#${paymentId}`,
  }),
  unmatchedPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#PAYMENTS#UNMATCHED`,
  /** The group's payment settings (direct debit mandate or manual), in the group partition. */
  settings: (tenantId: string, groupId: string): Key => ({
    pk: groupPk(tenantId, groupId),
    sk: 'PAYSETTINGS',
  }),
};

export const voucherKeys = {
  /** One voucher, keyed by the hash of its code (the code itself is never stored). */
  voucher: (tenantId: string, codeHash: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#VOUCHER#${codeHash}`,
    sk: 'VOUCHER',
  }),
  /** A batch: value, expiry, count, redeemed count. */
  batch: (tenantId: string, batchId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#VBATCH#${batchId}`,
    sk: 'VBATCH',
  }),
  /** GSI1: the tenant's batches, newest last (ULIDs). */
  batchListEntry: (tenantId: string, batchId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#VBATCHES`,
    gsi1sk: batchId,
  }),
  batchListPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#VBATCHES`,
  /** Failed redemption attempts of one number in one window (guessing guard), in the number partition. */
  numberFailures: (tenantId: string, digits: string, window: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: `VFAIL#${window}`,
  }),
  /** Failed redemption attempts of one group in one window. */
  groupFailures: (tenantId: string, groupId: string, window: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#VFAIL#${window}`,
    sk: 'VFAIL',
  }),
};
