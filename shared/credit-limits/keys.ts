import { type Key, tenantPrefix } from '../db/keys.ts';
import { groupPk, numberPk } from '../groups/keys.ts';

/**
 * Keys of collection assurance (access patterns in docs/data-model.md, section "Credit limits").
 * Every key starts with the tenant. A number's own items sit in its partition (`T#<t>#NUM#<digits>`,
 * beside its ownership and balance) under sort keys starting `CREDITLIMIT`; each carries the group
 * that held the number when it was written, so a later holder never inherits them.
 */
export const creditLimitKeys = {
  /** The number's standing: its permanent increase, its last request and when the next is allowed. */
  standing: (tenantId: string, digits: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: 'CREDITLIMIT',
  }),
  /** The number's adjustments of one billing period (`YYYY-MM`): temporary increases and deposits. */
  period: (tenantId: string, digits: string, period: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: `CREDITLIMIT#P#${period}`,
  }),
  /** A deposit of the number while in group `groupId` (pending → completed), ULID-sorted. */
  deposit: (tenantId: string, digits: string, groupId: string, depositId: string): Key => ({
    pk: numberPk(tenantId, digits),
    sk: `CREDITLIMIT#DEP#${groupId}#${depositId}`,
  }),
  numberPartition: (tenantId: string, digits: string): string => numberPk(tenantId, digits),
  /** Sort-key prefix of the number's deposits in one group. */
  depositPrefix: (groupId: string): string => `CREDITLIMIT#DEP#${groupId}#`,
};

export const depositRecordKeys = {
  /** A paid deposit kept on the group for the invoice of the period it was paid in. */
  record: (tenantId: string, groupId: string, period: string, depositId: string): Key => ({
    pk: `${groupPk(tenantId, groupId)}#CLDEP`,
    sk: `P#${period}#${depositId}`,
  }),
  partition: (tenantId: string, groupId: string): string => `${groupPk(tenantId, groupId)}#CLDEP`,
  periodPrefix: (period: string): string => `P#${period}#`,
};

export const increaseRequestKeys = {
  /** A limit increase request, by its id (the operator decides it by id). */
  request: (tenantId: string, requestId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#CLREQ#${requestId}`,
    sk: 'CLREQ',
  }),
  /**
   * GSI1, set while pending and removed by the decision: the operator's queue, oldest first. One
   * partition per tenant: written at most once per number every two months, so it stays small.
   */
  pendingEntry: (tenantId: string, requestId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#CLREQS#PENDING`,
    gsi1sk: requestId,
  }),
  pendingPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#CLREQS#PENDING`,
  /** GSI2: the requests of one number in one group, by id (chronological). */
  numberEntry: (tenantId: string, groupId: string, digits: string, requestId: string) => ({
    gsi2pk: `${groupPk(tenantId, groupId)}#CLREQS#${digits}`,
    gsi2sk: requestId,
  }),
  numberPartition: (tenantId: string, groupId: string, digits: string): string =>
    `${groupPk(tenantId, groupId)}#CLREQS#${digits}`,
};
