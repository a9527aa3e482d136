import { type Key, tenantPrefix } from '../db/keys.ts';
import { groupPk, numberPk } from '../groups/keys.ts';

/**
 * Keys of balances, the ledger, transfer day counters, operation guards, top-ups, payment
 * references, vouchers and their guessing counters, payments and payment settings (access
 * patterns in docs/data-model.md). Every key starts with the tenant.
 */
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
