import { type Key, tenantPrefix } from '../db/keys.ts';
import { groupPk } from '../groups/keys.ts';

/**
 * Keys of invoices, legal invoice numbers and bill runs (access patterns in docs/data-model.md).
 * Every key starts with the tenant.
 */

/** Shards of a bill run's group set: the run's writes spread over this many partitions. */
export const RUN_SHARDS = 16;

const invoicePartition = (tenantId: string, groupId: string) => `${groupPk(tenantId, groupId)}#INV`;

export const invoiceKeys = {
  /** The invoice header (status, number, parties, totals) of a group's invoice for `period`. */
  header: (tenantId: string, groupId: string, period: string): Key => ({
    pk: invoicePartition(tenantId, groupId),
    sk: `P#${period}`,
  }),
  /** One chunk of the invoice's lines (an invoice of a large group does not fit one item). */
  lines: (tenantId: string, groupId: string, period: string, chunk: number): Key => ({
    pk: invoicePartition(tenantId, groupId),
    sk: `L#${period}#${String(chunk).padStart(4, '0')}`,
  }),
  linesPrefix: (period: string) => `L#${period}#`,
  partition: invoicePartition,
  /** Sort-key prefix of the headers (the line chunks sort apart, under `L#`). */
  headerPrefix: 'P#',
};

export const invoiceNumberKeys = {
  /** The last number drawn in a series and year (advanced only in the transaction that issues). */
  counter: (tenantId: string, prefix: string, year: number): Key => ({
    pk: `${tenantPrefix(tenantId)}#INVNO#${prefix}#${year}`,
    sk: 'LAST',
  }),
  /** Uniqueness guard of one legal number: which invoice holds it. */
  guard: (tenantId: string, prefix: string, year: number, sequence: number): Key => ({
    pk: `${tenantPrefix(tenantId)}#INVNO#${prefix}#${year}`,
    sk: `N#${String(sequence).padStart(9, '0')}`,
  }),
};

const runPk = (tenantId: string, period: string) => `${tenantPrefix(tenantId)}#RUN#${period}`;
const shardPk = (tenantId: string, period: string, shard: number) =>
  `${runPk(tenantId, period)}#S${String(shard).padStart(2, '0')}`;

export const billRunKeys = {
  /** The run of a tenant and period: status, expected count, collection checkpoint, times. */
  run: (tenantId: string, period: string): Key => ({ pk: runPk(tenantId, period), sk: 'RUN' }),
  /** GSI1: the tenant's runs, newest period last. */
  listEntry: (tenantId: string, period: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#RUNS`,
    gsi1sk: period,
  }),
  listPartition: (tenantId: string) => `${tenantPrefix(tenantId)}#RUNS`,
  /** One group of the run's fixed set, in its shard: pending, done, skipped or failed. */
  group: (tenantId: string, period: string, shard: number, groupId: string): Key => ({
    pk: shardPk(tenantId, period, shard),
    sk: `G#${groupId}`,
  }),
  shardPartition: shardPk,
  groupPrefix: 'G#',
  /** Per-shard counts of finished groups (done, skipped, failed), summed to follow the run. */
  counter: (tenantId: string, period: string, shard: number): Key => ({
    pk: shardPk(tenantId, period, shard),
    sk: 'COUNT',
  }),
  /** GSI1 entry of a failed group (sparse): the run's failures are one Query. */
  failedEntry: (tenantId: string, period: string, groupId: string) => ({
    gsi1pk: `${runPk(tenantId, period)}#FAILED`,
    gsi1sk: groupId,
  }),
  failedPartition: (tenantId: string, period: string) => `${runPk(tenantId, period)}#FAILED`,
};
