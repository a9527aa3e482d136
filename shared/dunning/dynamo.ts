import { DunningOutcomeRecorded } from '../../events/dunning-outcome-recorded.ts';
import { DunningStageChanged } from '../../events/dunning-stage-changed.ts';
import { tableName } from '../db/client.ts';
import { getItem, queryPage } from '../db/items.ts';
import { outboxPut } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import {
  isConditionalFailure,
  runTransaction,
  type TransactionPart,
  TransactionRefused,
  type Write,
} from '../db/transactions.ts';
import type { OneTimeCharge } from '../groups/charges.ts';
import type { GroupDunningView } from '../groups/domain.ts';
import { parseInvoiceId } from '../invoices/runs.ts';
import { Conflict, NotFound, Superseded } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { isSuspended } from './domain.ts';
import { dunningKeys, stagePartitions } from './keys.ts';
import type { Dunning, DunningRepository, PaymentProof } from './ports.ts';

export const DUNNING_ENTITY = 'Dunning';
export const PROOF_ENTITY = 'PaymentProof';

/** The dunning changed since it was read (another task, a redelivery): read again and decide again. */
export class StaleDunning extends Conflict {
  constructor() {
    super('the dunning changed meanwhile');
  }
}

/** The proof changed since it was read (a concurrent submission or decision): read again. */
export class ProofChanged extends Conflict {
  constructor() {
    super(message('proof.changed-meanwhile'));
  }
}

/** An outcome was recorded before the workflow could keep its token: it reads the outcome instead of waiting. */
export class OutcomeArrived extends Superseded {
  constructor() {
    super('an outcome was recorded before the wait began');
  }
}

/** The other areas' writes a dunning's transaction carries (their ports, wired by the composition root). */
export interface DunningParts {
  /** The invoice shows its dunning stage. */
  invoiceView(
    tenantId: string,
    groupId: string,
    period: string,
    view: { stage: string; since: string },
  ): TransactionPart;
  /** The group shows its latest dunning change. */
  groupView(tenantId: string, groupId: string, view: GroupDunningView): TransactionPart;
  /** The reconnection fee, a one-time charge for the group's next invoice. */
  charge(tenantId: string, charge: OneTimeCharge): TransactionPart;
}

const keyOf = (tenantId: string, invoiceId: string) => {
  const id = parseInvoiceId(invoiceId);
  if (!id) throw new NotFound(`invoice ${invoiceId} does not exist`);
  return { ...dunningKeys.dunning(tenantId, id.groupId, id.period), ...id };
};

function dunningItem(d: Dunning): Record<string, unknown> {
  const entry = dunningKeys.stageEntry(d.tenantId, d.stage, d.invoiceId, d.since);
  return {
    ...dunningKeys.dunning(d.tenantId, d.groupId, d.period),
    ...(entry ?? {}),
    entity: DUNNING_ENTITY,
    ...d,
  };
}

function proofItem(p: PaymentProof): Record<string, unknown> {
  return {
    ...dunningKeys.proof(p.tenantId, p.groupId, p.period, p.proofId),
    ...(p.status === 'awaiting-document'
      ? {}
      : dunningKeys.proofEntry(p.tenantId, p.status, p.submittedAt ?? p.createdAt, p.proofId)),
    entity: PROOF_ENTITY,
    ...p,
  };
}

/** The dunning at `before.version`, replaced by `after` (its version one more). */
function dunningPut(before: Dunning, after: Dunning): Write<'dunning'> {
  return {
    tag: 'dunning',
    item: {
      Put: {
        TableName: tableName(),
        Item: dunningItem({ ...after, version: before.version + 1 }),
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': before.version },
      },
    },
  };
}

/**
 * Dunnings and payment proofs in the table. A stage change is ONE transaction: the dunning, the
 * invoice's and the group's view of it, its event and (on reactivation) the reconnection fee.
 */
export function createDunningRepository(parts: DunningParts): DunningRepository {
  return {
    async get(tenantId, invoiceId) {
      const id = parseInvoiceId(invoiceId);
      if (!id) return undefined;
      return getItem<Dunning>(dunningKeys.dunning(tenantId, id.groupId, id.period));
    },

    async open(d) {
      try {
        await runTransaction([
          {
            tag: 'dunning',
            item: {
              Put: {
                TableName: tableName(),
                Item: dunningItem(d),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          },
          ...parts.invoiceView(d.tenantId, d.groupId, d.period, { stage: d.stage, since: d.since }),
          ...parts.groupView(d.tenantId, d.groupId, {
            invoiceId: d.invoiceId,
            stage: d.stage,
            since: d.since,
            suspended: false,
          }),
        ]);
        return d;
      } catch (e) {
        if (!(e instanceof TransactionRefused && e.tag === 'dunning')) throw e;
        const existing = await getItem<Dunning>(dunningKeys.dunning(d.tenantId, d.groupId, d.period));
        if (!existing) throw e;
        return existing;
      }
    },

    async changeStage(w) {
      const { before, after } = w;
      const writes: Write[] = [
        dunningPut(before, after),
        ...parts.invoiceView(after.tenantId, after.groupId, after.period, {
          stage: after.stage,
          since: after.since,
        }),
        ...parts.groupView(after.tenantId, after.groupId, {
          invoiceId: after.invoiceId,
          stage: after.stage,
          since: after.since,
          suspended: isSuspended(after.stage),
          ...(isSuspended(after.stage) && after.suspended ? { scope: after.suspended.scope } : {}),
        }),
        ...(w.charge ? parts.charge(after.tenantId, w.charge) : []),
        {
          item: outboxPut(
            DunningStageChanged,
            after.tenantId,
            {
              invoiceId: after.invoiceId,
              groupId: after.groupId,
              number: after.number,
              stage: after.stage,
              previous: before.stage,
              cause: w.cause,
              outstanding: after.amountDue,
              paymentReference: after.paymentReference,
              dueDate: after.dueDate,
              ...(w.network ? { network: w.network } : {}),
              ...(w.charge ? { fee: w.charge.amount } : {}),
              ...(after.stage === 'provisional' && after.provisionalUntil
                ? { provisionalUntil: after.provisionalUntil }
                : {}),
            },
            w.at,
            w.correlationId,
          ),
        },
      ];
      try {
        await runTransaction(writes, ['dunning']);
      } catch (e) {
        if (e instanceof TransactionRefused && e.tag === 'dunning') throw new StaleDunning();
        throw e;
      }
    },

    async keepToken(before, token, at) {
      try {
        await runTransaction([
          {
            tag: 'dunning',
            item: {
              Update: {
                TableName: tableName(),
                Key: dunningKeys.dunning(before.tenantId, before.groupId, before.period),
                UpdateExpression: 'SET taskToken = :t, tokenAt = :at, version = :next',
                ConditionExpression: 'version = :v AND attribute_not_exists(outcome)',
                ExpressionAttributeValues: {
                  ':t': token,
                  ':at': at.toISOString(),
                  ':v': before.version,
                  ':next': before.version + 1,
                },
              },
            },
          },
        ]);
      } catch (e) {
        if (isConditionalFailure(e)) throw new OutcomeArrived();
        throw e;
      }
    },

    async recordOutcome(before, outcome, alongside = []) {
      const next: Dunning = { ...before, outcome, version: before.version + 1 };
      try {
        await runTransaction([dunningPut(before, next), ...alongside], ['dunning']);
      } catch (e) {
        if (e instanceof TransactionRefused && e.tag === 'dunning') throw new StaleDunning();
        throw e;
      }
      return next;
    },

    recordOutcomeWrites(before, outcome, event) {
      return [
        dunningPut(before, { ...before, outcome }),
        {
          item: outboxPut(
            DunningOutcomeRecorded,
            before.tenantId,
            {
              invoiceId: before.invoiceId,
              groupId: before.groupId,
              outcome: outcome.kind,
              ...(outcome.proofId ? { proofId: outcome.proofId } : {}),
            },
            event.at,
            event.correlationId,
          ),
        },
      ];
    },

    unchangedCheck(before) {
      return [
        {
          tag: 'dunning',
          item: {
            ConditionCheck: {
              TableName: tableName(),
              Key: dunningKeys.dunning(before.tenantId, before.groupId, before.period),
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': before.version },
            },
          },
        },
      ];
    },

    async recordFailure(before, failure) {
      await runTransaction([dunningPut(before, { ...before, failure })]).catch((e: unknown) => {
        if (!isConditionalFailure(e)) throw e;
      });
    },

    async listByStage(tenantId, stage, limit, cursor) {
      const partitions = stagePartitions(tenantId, stage);
      if (partitions.length === 1)
        return queryPage<Dunning>({ index: 'gsi1', partition: ['gsi1pk', partitions[0]!] }, limit, cursor);
      return listAcross(partitions, limit, cursor);
    },

    async getProof(tenantId, invoiceId, proofId) {
      const k = keyOf(tenantId, invoiceId);
      return getItem<PaymentProof>(dunningKeys.proof(tenantId, k.groupId, k.period, proofId));
    },

    async createProof(p, alongside = []) {
      try {
        await runTransaction(
          [
            {
              tag: 'proof',
              item: {
                Put: {
                  TableName: tableName(),
                  Item: proofItem(p),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            },
            ...alongside,
          ],
          ['proof'],
        );
      } catch (e) {
        if (e instanceof TransactionRefused && e.tag === 'proof') throw new ProofChanged();
        if (e instanceof TransactionRefused && e.tag === 'dunning') throw new StaleDunning();
        throw e;
      }
    },

    async updateProof(before, after, alongside = []) {
      try {
        await runTransaction(
          [
            {
              tag: 'proof',
              item: {
                Put: {
                  TableName: tableName(),
                  Item: proofItem({ ...after, version: before.version + 1 }),
                  ConditionExpression: 'version = :v',
                  ExpressionAttributeValues: { ':v': before.version },
                },
              },
            },
            ...alongside,
          ],
          ['proof'],
        );
      } catch (e) {
        if (e instanceof TransactionRefused && e.tag === 'proof') throw new ProofChanged();
        if (e instanceof TransactionRefused && e.tag === 'dunning') throw new StaleDunning();
        throw e;
      }
    },

    listProofs: (tenantId, status, limit, cursor) =>
      queryPage<PaymentProof>(
        { index: 'gsi1', partition: ['gsi1pk', dunningKeys.proofPartition(tenantId, status)] },
        limit,
        cursor,
      ),

    async listInvoiceProofs(tenantId, invoiceId, limit, cursor) {
      const k = keyOf(tenantId, invoiceId);
      return queryPage<PaymentProof>(
        { partition: ['pk', k.pk], skPrefix: dunningKeys.proofPrefix(k.period) },
        limit,
        cursor,
      );
    },
  };
}

/**
 * One page over the shards of a stage: the cursor names the shard and the position in it, so the
 * list walks the shards in turn (each shard in order of change).
 */
async function listAcross(partitions: string[], limit: number, cursor?: string): Promise<Page<Dunning>> {
  let shard = 0;
  let inner: string | undefined;
  if (cursor) {
    const sep = cursor.indexOf('.');
    shard = Number(cursor.slice(0, sep));
    inner = cursor.slice(sep + 1) || undefined;
    if (!Number.isInteger(shard) || shard < 0 || shard >= partitions.length) shard = 0;
  }
  const items: Dunning[] = [];
  while (shard < partitions.length && items.length < limit) {
    const page = await queryPage<Dunning>(
      { index: 'gsi1', partition: ['gsi1pk', partitions[shard]!] },
      limit - items.length,
      inner,
    );
    items.push(...page.items);
    if (page.nextCursor) {
      inner = page.nextCursor;
      break;
    }
    shard++;
    inner = undefined;
  }
  const nextCursor = shard < partitions.length ? `${shard}.${inner ?? ''}` : undefined;
  return { items, nextCursor };
}
