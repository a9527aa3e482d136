import { createHash } from 'node:crypto';
import { type Key, tenantPrefix } from '../db/keys.ts';
import { groupPk } from '../groups/keys.ts';
import type { DunningStage } from './domain.ts';

/**
 * Keys of dunnings and payment proofs (access patterns in docs/data-model.md). Every key starts
 * with the tenant. A dunning and the proofs sent for its invoice share one partition of the group.
 */

const dunningPartition = (tenantId: string, groupId: string) => `${groupPk(tenantId, groupId)}#DUN`;

/**
 * The stage list of `scheduled` (every issued invoice with something due, 100,000 in the first
 * minutes of a month's run) is spread over this many partitions; the later stages, a fraction of
 * it and reached over days, have one each.
 */
export const SCHEDULED_SHARDS = 16;

const shardOf = (invoiceId: string) =>
  createHash('sha256').update(invoiceId).digest().readUInt16BE(0) % SCHEDULED_SHARDS;

/** The partitions that list `stage`. Final stages without interest for the operator are not listed. */
export function stagePartitions(tenantId: string, stage: DunningStage): string[] {
  const base = `${tenantPrefix(tenantId)}#DUNNING#${stage}`;
  if (stage === 'scheduled')
    return Array.from({ length: SCHEDULED_SHARDS }, (_, i) => `${base}#${String(i).padStart(2, '0')}`);
  return [base];
}

/** Stages the index lists (the final `paid`, `proof-accepted` and `closed` are not). */
export const LISTED_STAGES: readonly DunningStage[] = [
  'scheduled',
  'reminded',
  'suspended',
  'provisional',
  'reactivated',
  'collections',
];

export const dunningKeys = {
  /** The dunning of one invoice: stage, timeline, recorded outcome, task token, history. */
  dunning: (tenantId: string, groupId: string, period: string): Key => ({
    pk: dunningPartition(tenantId, groupId),
    sk: `P#${period}`,
  }),
  /** GSI1: the tenant's dunnings in `stage`, oldest change first; none for an unlisted stage. */
  stageEntry: (tenantId: string, stage: DunningStage, invoiceId: string, since: string) => {
    if (!LISTED_STAGES.includes(stage)) return undefined;
    const base = `${tenantPrefix(tenantId)}#DUNNING#${stage}`;
    return {
      gsi1pk: stage === 'scheduled' ? `${base}#${String(shardOf(invoiceId)).padStart(2, '0')}` : base,
      gsi1sk: `${since}#${invoiceId}`,
    };
  },
  /** A payment proof sent for the invoice of `period`. */
  proof: (tenantId: string, groupId: string, period: string, proofId: string): Key => ({
    pk: dunningPartition(tenantId, groupId),
    sk: `PROOF#${period}#${proofId}`,
  }),
  proofPrefix: (period: string) => `PROOF#${period}#`,
  /** GSI1: the tenant's proofs by status (the staff's queue is `pending`), oldest first. */
  proofEntry: (tenantId: string, status: string, submittedAt: string, proofId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#PROOFS#${status}`,
    gsi1sk: `${submittedAt}#${proofId}`,
  }),
  proofPartition: (tenantId: string, status: string) => `${tenantPrefix(tenantId)}#PROOFS#${status}`,
};
