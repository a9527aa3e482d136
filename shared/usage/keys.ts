import { type Key, tenantPrefix } from '../db/keys.ts';
import { numberPk } from '../groups/keys.ts';

/**
 * Keys of rated usage records, a number's usage of a period and the period's barred numbers
 * (access patterns in docs/data-model.md, section "Usage"). Every key starts with the tenant.
 */
export const usageKeys = {
  /**
   * One rated record, by the network's record id: its own partition, written with
   * `attribute_not_exists(pk)`, so a record sent again — in a minute or in a year — is never rated
   * twice, and writes spread evenly.
   */
  record: (tenantId: string, recordId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#UR#${recordId}`,
    sk: 'UR',
  }),
  /** GSI1: a number's rated records of one period, in time order (the itemized bill). */
  recordOfNumber: (
    tenantId: string,
    digits: string,
    period: string,
    startedAt: string,
    recordId: string,
  ) => ({
    gsi1pk: `${numberPk(tenantId, digits)}#UR#${period}`,
    gsi1sk: `${startedAt}#${recordId}`,
  }),
  recordsOfNumberPartition: (tenantId: string, digits: string, period: string): string =>
    `${numberPk(tenantId, digits)}#UR#${period}`,
  /**
   * A number's usage of one period inside one group: allowances used, charges by category and line,
   * spend, warning and bar. In the number's partition, beside its ownership and balance.
   */
  period: (tenantId: string, digits: string, period: string, groupId: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: `USAGE#${period}#G#${groupId}`,
  }),
  /** GSI2 on a barred number's period usage: the numbers barred in a period (the new period lifts them). */
  barred: (tenantId: string, period: string, digits: string, groupId: string) => ({
    gsi2pk: `${tenantPrefix(tenantId)}#BARRED#${period}`,
    gsi2sk: `${digits}#${groupId}`,
  }),
  barredPartition: (tenantId: string, period: string): string => `${tenantPrefix(tenantId)}#BARRED#${period}`,
  /**
   * A rejected record, kept for the operator (never dropped): one partition per day and shard of the
   * record id, so a burst of rejections does not land on one partition.
   */
  rejected: (tenantId: string, day: string, shard: number, recordId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#URREJ#${day}#${shard}`,
    sk: recordId,
  }),
  rejectedPartition: (tenantId: string, day: string, shard: number): string =>
    `${tenantPrefix(tenantId)}#URREJ#${day}#${shard}`,
};

export const REJECTION_SHARDS = 8;

/**
 * The local stand-in for the operator's network (`local-network.ts`, never on AWS): each command it
 * received, by the event that asked for it, and per number.
 */
export const networkKeys = {
  command: (tenantId: string, eventId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#NETWORK`,
    sk: eventId,
  }),
  tenantPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#NETWORK`,
  byNumber: (tenantId: string, digits: string, eventId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#NETWORK#${digits}`,
    gsi1sk: eventId,
  }),
  numberPartition: (tenantId: string, digits: string): string =>
    `${tenantPrefix(tenantId)}#NETWORK#${digits}`,
};
