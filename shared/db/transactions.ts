import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { db } from './client.ts';

/** One item of a DynamoDB transaction (document client form). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write of a transaction, with the name its condition is reported under when it fails (and
 * a subject, e.g. the number whose balance was short). Areas build their writes; another area
 * joins a transaction by contributing writes through its port, never by building the SDK items.
 */
export interface Write<Tag extends string = string> {
  item: TransactItem;
  tag?: Tag;
  subject?: string;
}

/** The writes one area contributes to another area's transaction (through a port). */
export type TransactionPart = readonly Write[];

/** A condition of the transaction failed: nothing was written. */
export class TransactionRefused<Tag extends string = string> extends Error {
  constructor(
    /** Position of the reported write in the transaction. */
    readonly index: number,
    readonly tag?: Tag,
    /** The item as it was when its condition failed (when the write asked for it). */
    readonly item?: Record<string, unknown>,
    readonly subject?: string,
  ) {
    super(`transaction refused: ${tag ?? `item ${index}`}${subject ? ` (${subject})` : ''}`);
    this.name = 'TransactionRefused';
  }
}

/** Items with no refusal tag of their own (a failed condition is reported by position). */
export const untagged = (items: readonly TransactItem[]): Write[] => items.map((item) => ({ item }));

/** Contention is retried this many times in all before the error reaches the caller. */
export const CONFLICT_ATTEMPTS = 10;

/**
 * THE transaction runner: every multi-item write of the product goes through here.
 *
 * - One TransactWriteItems; all or nothing.
 * - A failed condition is never retried: it becomes `TransactionRefused` for the failed write that
 *   ranks first in `priority` (writes with a tag outside `priority` after those, untagged ones
 *   last, ties in request order), carrying the item as it was where the write asked for it.
 * - Contention (`TransactionConflict`, nothing was applied) is retried with exponential backoff
 *   and equal jitter (half the cap fixed, half random), at most `CONFLICT_ATTEMPTS` tries.
 * - The SDK reuses one ClientRequestToken across its own network retries, and every money write
 *   carries a uniqueness condition (an operation guard, a payment id, a status), so a re-sent
 *   transaction never applies twice.
 */
export async function runTransaction<Tag extends string>(
  writes: readonly Write<Tag>[],
  priority: readonly Tag[] = [],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: writes.map((w) => w.item) }));
      return;
    } catch (e) {
      const codes = cancellationCodes(e);
      const failed = codes.flatMap((c, i) => (c === 'ConditionalCheckFailed' ? [i] : []));
      if (failed.length) {
        const rank = (i: number) => {
          const tag = writes[i]?.tag;
          if (tag === undefined) return priority.length + 1;
          const at = priority.indexOf(tag);
          return at < 0 ? priority.length : at;
        };
        const index = [...failed].sort((a, b) => rank(a) - rank(b) || a - b)[0]!;
        const w = writes[index]!;
        throw new TransactionRefused<Tag>(index, w.tag, oldItemOf(e, index), w.subject);
      }
      const contention =
        codes.includes('TransactionConflict') || (e as Error)?.name === 'TransactionConflictException';
      if (!contention || attempt >= CONFLICT_ATTEMPTS) throw e;
      const cap = Math.min(1000, 20 * 2 ** attempt);
      await new Promise((r) => setTimeout(r, cap / 2 + Math.random() * (cap / 2)));
    }
  }
}

/** Reasons DynamoDB gives for each item of a cancelled transaction, in request order. */
export function cancellationCodes(error: unknown): (string | undefined)[] {
  if (
    error instanceof TransactionCanceledException ||
    (error as Error)?.name === 'TransactionCanceledException'
  ) {
    return ((error as TransactionCanceledException).CancellationReasons ?? []).map((r) => r.Code);
  }
  return [];
}

/** True when a conditional write (plain or in a transaction) failed its condition. */
export function isConditionalFailure(error: unknown): boolean {
  if (error instanceof TransactionRefused) return true;
  const name = (error as Error)?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  return cancellationCodes(error).includes('ConditionalCheckFailed');
}

function oldItemOf(error: unknown, index: number): Record<string, unknown> | undefined {
  const reasons = (error as { CancellationReasons?: { Item?: Record<string, unknown> }[] })
    .CancellationReasons;
  const item = reasons?.[index]?.Item;
  if (!item) return undefined;
  const first = Object.values(item)[0];
  // The document client does not unmarshall exceptions: the item comes as AttributeValues.
  return first &&
    typeof first === 'object' &&
    first !== null &&
    ('S' in first || 'N' in first || 'M' in first)
    ? unmarshall(item as Record<string, AttributeValue>)
    : item;
}
