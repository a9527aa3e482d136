import { createHash } from 'node:crypto';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, getItems, itemPart, queryPage, strip } from '../db/items.ts';
import { type DomainEvent, outboxPut } from '../db/outbox.ts';
import { decodeCursor, encodeCursor } from '../db/pagination.ts';
import { runTransaction, type TransactItem, TransactionRefused, type Write } from '../db/transactions.ts';
import { InvalidInput } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { toPathForm } from '../kernel/phone.ts';
import { REJECTION_SHARDS, usageKeys } from './keys.ts';
import {
  type PeriodUsage,
  type RatedRecord,
  type RejectedRecord,
  UsageConflict,
  type UsageRepository,
} from './ports.ts';

/**
 * Rated records, period usage and rejected records in the single table (keys in `keys.ts`, section
 * "Usage" of docs/data-model.md). A rating write is ONE transaction: every new record of the chunk
 * (`attribute_not_exists`), the number's period usage (version condition), the prepaid payment and
 * the events, so a record is charged exactly once whatever is retried or redelivered.
 */

/** Rejected records are kept 35 days for the operator and the mediation team. */
const REJECTED_RETENTION_SECONDS = 35 * 24 * 3600;

const digits = toPathForm;

function recordPut(r: RatedRecord): Write<'record'> {
  return {
    tag: 'record',
    subject: r.recordId,
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...usageKeys.record(r.tenantId, r.recordId),
          ...usageKeys.recordOfNumber(r.tenantId, digits(r.msisdn), r.period, r.startedAt, r.recordId),
          entity: 'RatedRecord',
          ...r,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

function usagePut(u: PeriodUsage, expectedVersion: number, at: Date): Write<'usage'> {
  const { version: _ignored, ...rest } = u;
  return {
    tag: 'usage',
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...usageKeys.period(u.tenantId, digits(u.msisdn), u.period, u.groupId),
          ...(u.bar ? usageKeys.barred(u.tenantId, u.period, digits(u.msisdn), u.groupId) : {}),
          entity: 'PeriodUsage',
          ...rest,
          version: expectedVersion + 1,
          updatedAt: at.toISOString(),
        },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
      },
    },
  };
}

const eventWrites = (
  tenantId: string,
  events: readonly DomainEvent[],
  at: Date,
  correlationId?: string,
): Write[] =>
  events.map((e) => ({ item: outboxPut(e.contract, tenantId, e.data as never, at, correlationId) }));

async function run(writes: Write[]): Promise<void> {
  try {
    await runTransaction(writes, ['record', 'usage', 'funds']);
  } catch (e) {
    if (!(e instanceof TransactionRefused)) throw e;
    if (e.tag === 'record') throw new UsageConflict('duplicate', e.subject);
    if (e.tag === 'usage') throw new UsageConflict('stale');
    if (e.tag === 'funds') throw new UsageConflict('funds');
    throw e;
  }
}

const shardOf = (recordId: string): number =>
  createHash('sha256').update(recordId).digest().readUInt32BE(0) % REJECTION_SHARDS;

export const dynamoUsageRepository: UsageRepository = {
  async knownRecords(tenantId, recordIds) {
    const items = await getItems(recordIds.map((id) => usageKeys.record(tenantId, id)));
    return new Set([...items.values()].map((i) => i.recordId as string));
  },

  periodUsage: (tenantId, msisdn, period, groupId) =>
    getItem<PeriodUsage>(usageKeys.period(tenantId, digits(msisdn), period, groupId)),

  periodUsageRead: (tenantId, msisdn, period, groupId) =>
    itemPart<PeriodUsage>(usageKeys.period(tenantId, digits(msisdn), period, groupId)),

  async writeRated(p) {
    const tenantId = p.usage.tenantId;
    await run([
      ...p.records.map(recordPut),
      usagePut(p.usage, p.expectedVersion, p.at),
      ...(p.primaryUsage ? [usagePut(p.primaryUsage.usage, p.primaryUsage.expectedVersion, p.at)] : []),
      ...(p.parts as Write[]),
      ...eventWrites(tenantId, p.events, p.at, p.correlationId),
    ]);
  },

  async writeSpendingState(p) {
    await run([
      usagePut(p.usage, p.expectedVersion, p.at),
      ...eventWrites(p.usage.tenantId, p.events, p.at, p.correlationId),
    ]);
  },

  async keepRejected(tenantId, rejected) {
    const puts: TransactItem[] = rejected.map((r) => {
      const at = new Date(r.receivedAt);
      return {
        Put: {
          TableName: tableName(),
          Item: {
            ...usageKeys.rejected(tenantId, r.receivedAt.slice(0, 10), shardOf(r.recordId), r.recordId),
            entity: 'RejectedRecord',
            tenantId,
            ...r,
            expiresAt: Math.floor(at.getTime() / 1000) + REJECTED_RETENTION_SECONDS,
          },
        },
      };
    });
    // The same record rejected twice in one batch is kept once.
    const unique = [...new Map(puts.map((p) => [`${p.Put!.Item!.pk}|${p.Put!.Item!.sk}`, p])).values()];
    for (let i = 0; i < unique.length; i += 25) {
      let pending: unknown[] = unique.slice(i, i + 25).map((p) => ({ PutRequest: { Item: p.Put!.Item } }));
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt > 8) throw new Error('BatchWriteItem kept returning unprocessed items');
        if (attempt) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
        const out = await db().send(
          new BatchWriteCommand({ RequestItems: { [tableName()]: pending as never } }),
        );
        pending = out.UnprocessedItems?.[tableName()] ?? [];
      }
    }
  },

  async listRecords(tenantId, msisdn, period, limit, cursor) {
    const page = await queryPage<RatedRecord>(
      {
        index: 'gsi1',
        partition: ['gsi1pk', usageKeys.recordsOfNumberPartition(tenantId, digits(msisdn), period)],
      },
      limit,
      cursor,
    );
    return { ...page, items: page.items.map((i) => strip<RatedRecord>(i as never)) };
  },

  async listRejected(tenantId, day, limit, cursor) {
    const shards = Array.from({ length: REJECTION_SHARDS }, (_, s) =>
      usageKeys.rejectedPartition(tenantId, day, s),
    );
    // The cursor is the last key read, or `{ pk }` alone for "from the start of that shard".
    let first = 0;
    let startKey: Record<string, unknown> | undefined;
    if (cursor !== undefined) {
      const key = decodeCursor(cursor, {});
      first = shards.indexOf(key?.pk as string);
      if (first < 0) throw InvalidInput.field('query.cursor', message('field.not-a-cursor'));
      startKey = key?.sk === undefined ? undefined : key;
    }
    const items: RejectedRecord[] = [];
    let next: Record<string, unknown> | undefined;
    for (let s = first; s < shards.length && items.length < limit; s++) {
      const out = await db().send(
        new QueryCommand({
          TableName: tableName(),
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': shards[s] },
          Limit: limit - items.length,
          ...(s === first && startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      items.push(...(out.Items ?? []).map((i) => strip<RejectedRecord>(i)));
      if (out.LastEvaluatedKey) next = out.LastEvaluatedKey;
      else if (items.length >= limit && s + 1 < shards.length) next = { pk: shards[s + 1] };
      else next = undefined;
      if (next) break;
    }
    return { items, nextCursor: encodeCursor(next) };
  },

  listBarred: (tenantId, period, limit, cursor) =>
    queryPage<PeriodUsage>(
      { index: 'gsi2', partition: ['gsi2pk', usageKeys.barredPartition(tenantId, period)] },
      limit,
      cursor,
    ),
};
