import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { decodeCursor, encodeCursor, type Page } from './pagination.ts';
import { TABLE_KEYS } from './table-definition.ts';

/** Storage attributes that never leave the repositories. */
const STORAGE_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity']);

/**
 * The table's TTL attribute (epoch seconds). An entity may have its own `expiresAt` (an ISO date,
 * e.g. a change-of-holder offer's deadline): only the number is storage.
 */
const TTL_ATTRIBUTE = TABLE_KEYS.ttlAttribute;

/**
 * Attributes that some entities carry for storage only: the tenant on entries whose domain shape
 * has none (their key already names the tenant).
 */
const STORAGE_ONLY: Record<string, ReadonlySet<string>> = {
  AuditEntry: new Set(['tenantId']),
  Charge: new Set(['tenantId']),
};

/** An item without its keys and storage attributes: the entity as the domain knows it. */
export function strip<T>(item: Record<string, unknown>): T {
  const own = typeof item.entity === 'string' ? STORAGE_ONLY[item.entity] : undefined;
  return Object.fromEntries(
    Object.entries(item).filter(
      ([k, v]) =>
        !STORAGE_ATTRIBUTES.has(k) && !(k === TTL_ATTRIBUTE && typeof v === 'number') && !own?.has(k),
    ),
  ) as T;
}

export const keyId = (k: { pk: string; sk: string }) => `${k.pk}|${k.sk}`;

/**
 * The reads one area contributes to a batch read that another area's use case runs: the keys, and
 * how to read its answer from the items found (the read counterpart of `TransactionPart`). Several
 * areas' reads of one partition or one moment then cost one BatchGetItem, not one request each.
 */
export interface ReadPart<T> {
  keys: readonly { pk: string; sk: string }[];
  read(found: ReadonlyMap<string, Record<string, unknown>>): T;
}

/** One item of a read part, stripped, or undefined when it is not there. */
export function itemPart<T>(key: { pk: string; sk: string }): ReadPart<T | undefined> {
  return {
    keys: [key],
    read: (found) => (found.has(keyId(key)) ? strip<T>(found.get(keyId(key))!) : undefined),
  };
}

export type ReadResults<P extends readonly ReadPart<unknown>[]> = {
  [K in keyof P]: P[K] extends ReadPart<infer T> ? T : never;
};

/** Runs read parts together: one consistent BatchGetItem (per 100 keys) for all of them. */
export async function readParts<const P extends readonly ReadPart<unknown>[]>(
  parts: P,
): Promise<ReadResults<P>> {
  const keys = [...new Map(parts.flatMap((p) => p.keys).map((k) => [keyId(k), k])).values()];
  const found = await getItems(keys);
  return parts.map((p) => p.read(found)) as ReadResults<P>;
}

/** Consistent GetItem, stripped. */
export async function getItem<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return out.Item ? strip<T>(out.Item) : undefined;
}

/** Consistent BatchGetItem of a few keys (unprocessed keys retried); raw items by `keyId`. */
const BATCH_GET_MAX = 100;

export async function getItems(
  keys: { pk: string; sk: string }[],
): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  // BatchGetItem takes at most 100 keys: larger reads go in slices, one after the other.
  if (keys.length > BATCH_GET_MAX) {
    for (let i = 0; i < keys.length; i += BATCH_GET_MAX)
      for (const [k, v] of await getItems(keys.slice(i, i + BATCH_GET_MAX))) out.set(k, v);
    return out;
  }
  let pending: Record<string, unknown>[] = keys;
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt > 8) throw new Error('BatchGetItem kept returning unprocessed keys');
    if (attempt) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    const res = await db().send(
      new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }),
    );
    for (const item of res.Responses?.[tableName()] ?? []) out.set(`${item.pk}|${item.sk}`, item);
    pending = (res.UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  return out;
}

/**
 * One page of a partition (table or GSI), optionally narrowed to a sort-key prefix. The cursor is
 * checked against the partition, so it can never continue into another tenant's or group's items.
 */
export async function queryPage<T>(
  input: {
    index?: 'gsi1' | 'gsi2';
    partition: [attr: string, value: string];
    skPrefix?: string;
    newestFirst?: boolean;
  },
  limit: number,
  cursor: string | undefined,
): Promise<Page<T>> {
  const [attr, value] = input.partition;
  const skAttr = input.index ? `${input.index}sk` : 'sk';
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      ...(input.index ? { IndexName: input.index } : {}),
      KeyConditionExpression: input.skPrefix ? '#p = :p AND begins_with(#s, :s)' : '#p = :p',
      ExpressionAttributeNames: { '#p': attr, ...(input.skPrefix ? { '#s': skAttr } : {}) },
      ExpressionAttributeValues: { ':p': value, ...(input.skPrefix ? { ':s': input.skPrefix } : {}) },
      ScanIndexForward: !input.newestFirst,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, { [attr]: value }),
    }),
  );
  return { items: (out.Items ?? []).map((i) => strip<T>(i)), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}
