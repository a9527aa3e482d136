import { InvalidInput } from '../kernel/errors.ts';

export interface Page<T> {
  items: T[];
  /** Opaque; absent on the last page. */
  nextCursor?: string;
}

/** Page size bounds shared by every list endpoint. */
export const PAGE_SIZE = { default: 50, max: 200 } as const;

export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  if (!lastKey) return undefined;
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor and checks that it continues the same query: every attribute in `mustMatch`
 * (the partition key of the query) must equal the cursor's, so a cursor can never move a query
 * into another tenant's or group's partition.
 */
export function decodeCursor(
  cursor: string | undefined,
  mustMatch: Record<string, string>,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw InvalidInput.field('query.cursor', 'is not a cursor returned by this list');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw InvalidInput.field('query.cursor', 'is not a cursor returned by this list');
  }
  const key = parsed as Record<string, unknown>;
  for (const [attr, value] of Object.entries(mustMatch)) {
    if (key[attr] !== value)
      throw InvalidInput.field('query.cursor', 'is not a cursor returned by this list');
  }
  for (const v of Object.values(key)) {
    if (typeof v !== 'string' && typeof v !== 'number') {
      throw InvalidInput.field('query.cursor', 'is not a cursor returned by this list');
    }
  }
  return key;
}
