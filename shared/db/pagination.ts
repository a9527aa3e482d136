import { createHmac, timingSafeEqual } from 'node:crypto';
import { cursorSigningKey } from '../kernel/config.ts';
import { InvalidInput } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';

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
    throw InvalidInput.field('query.cursor', message('field.not-a-cursor'));
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw InvalidInput.field('query.cursor', message('field.not-a-cursor'));
  }
  const key = parsed as Record<string, unknown>;
  for (const [attr, value] of Object.entries(mustMatch)) {
    if (key[attr] !== value) throw InvalidInput.field('query.cursor', message('field.not-a-cursor'));
  }
  for (const v of Object.values(key)) {
    if (typeof v !== 'string' && typeof v !== 'number') {
      throw InvalidInput.field('query.cursor', message('field.not-a-cursor'));
    }
  }
  return key;
}

// ----- sealed cursors ---------------------------------------------------------------------------

const notOurs = () => InvalidInput.field('query.cursor', message('field.not-a-cursor'));

/** JSON with sorted keys and no `undefined` members: the same binding always reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What a cursor continues: the list (operation, path parameters, filters other than the page
 * size) and who reads it. A cursor sealed for one binding opens for that binding only.
 */
export interface CursorBinding {
  operation: string;
  params: unknown;
  /** The query without `cursor` and `limit` (the page size may change between pages). */
  filters: unknown;
  principal: unknown;
}

const seal = (cursor: string, binding: CursorBinding): Buffer =>
  createHmac('sha256', cursorSigningKey())
    .update(`switchboard-cursor-v1\n${canonical(binding)}\n${cursor}`)
    .digest();

/**
 * The cursor a client receives: the repository's cursor and an HMAC-SHA256 over it and its
 * binding, `<cursor>.<mac>`. Nobody without the signing key can make one, and one list's cursor
 * does not open another list or another principal's view of the same list.
 */
export function sealCursor(cursor: string, binding: CursorBinding): string {
  return `${cursor}.${seal(cursor, binding).toString('base64url')}`;
}

/** The repository's cursor inside a sealed one, or 400 naming `query.cursor`. */
export function openCursor(sealed: string, binding: CursorBinding): string {
  const dot = sealed.lastIndexOf('.');
  if (dot <= 0) throw notOurs();
  const cursor = sealed.slice(0, dot);
  // Compared as text: base64 decoding is lenient (stray or spare bits), the seal must be exact.
  const given = Buffer.from(sealed.slice(dot + 1), 'utf8');
  const expected = Buffer.from(seal(cursor, binding).toString('base64url'), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notOurs();
  return cursor;
}
