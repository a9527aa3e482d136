import { createHash, randomInt } from 'node:crypto';
import * as z from 'zod';
import { InvalidInput } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { Money } from '../kernel/money.ts';
import { text } from '../kernel/text.ts';
import { PositiveMoneySchema } from './domain.ts';

/**
 * Store vouchers: single-use codes of a fixed value, issued by the operator in batches.
 *
 * - A code is 16 symbols of Crockford's base32 (80 random bits), shown as `XXXX-XXXX-XXXX-XXXX`.
 *   Guessing one is hopeless, and the redemption counters below stop anyone from trying.
 * - Codes are returned once, in the response that issues them; only their SHA-256 (salted with
 *   the tenant id) is stored, so a table dump yields no usable code.
 * - A voucher is valid through `validUntil` (a calendar date in the tenant's time zone).
 * - Failed redemptions (a code that does not exist) are counted per number and per group in
 *   one-hour windows; past the limit every redemption of that number or group is refused (429)
 *   until the window ends, even with a valid code.
 */

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 16;

/** Failed redemption attempts allowed per window. */
export const GUESS_LIMITS = { perNumber: 5, perGroup: 20, windowSeconds: 3600 } as const;

/** Largest batch issued by one request. */
export const MAX_BATCH_SIZE = 1000;

export const IssueBatchSchema = z.strictObject({
  value: PositiveMoneySchema,
  count: z.number().int().min(1).max(MAX_BATCH_SIZE),
  /** Last day (inclusive, tenant calendar) on which the vouchers can be redeemed. */
  validUntil: z.iso.date(),
  /** The operator's own label, e.g. the shop chain the batch is printed for. */
  label: text({ max: 80 }).optional(),
});
export type IssueBatchInput = z.infer<typeof IssueBatchSchema>;

/** A fresh random code, formatted for printing. */
export function newVoucherCode(random: (max: number) => number = randomInt): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return raw.match(/.{4}/g)!.join('-');
}

/**
 * What a person typed → the canonical code: upper case, spaces and dashes dropped, and the
 * letters Crockford's base32 leaves out read as the digits they look like (O→0, I/L→1).
 * Anything else is not a code at all (400, not counted as a guess).
 */
export function normalizeVoucherCode(input: string, field: string): string {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== CODE_LENGTH || [...s].some((c) => !CODE_ALPHABET.includes(c))) {
    throw InvalidInput.field(field, message('field.voucher-code', { length: CODE_LENGTH }));
  }
  return s;
}

/** The only form in which a code is stored. */
export function hashVoucherCode(tenantId: string, normalizedCode: string): string {
  return createHash('sha256').update(`${tenantId}:${normalizedCode}`).digest('hex');
}

export type VoucherStatus = 'issued' | 'redeemed';

export interface Voucher {
  codeHash: string;
  batchId: string;
  value: Money;
  validUntil: string;
  status: VoucherStatus;
  issuedAt: string;
  redeemedAt?: string;
  /** Operation guard of the redemption (a replay of the same request finds it). */
  redeemedByOp?: string;
  redeemedTopUpId?: string;
}

export interface VoucherBatch {
  batchId: string;
  value: Money;
  count: number;
  validUntil: string;
  label?: string;
  issuedAt: string;
  issuedBy: string;
  redeemedCount: number;
}

export type VoucherRefusal = 'expired' | 'redeemed';

/** Why a stored voucher cannot be redeemed on `today` (tenant calendar), if it cannot. */
export function voucherRefusal(
  v: Pick<Voucher, 'status' | 'validUntil'>,
  today: string,
): VoucherRefusal | undefined {
  if (v.status === 'redeemed') return 'redeemed';
  if (today > v.validUntil) return 'expired';
  return undefined;
}

/** The counting window of an instant, e.g. `2025-03-01T14` for one-hour windows. */
export function guessWindow(
  at: Date,
  windowSeconds: number = GUESS_LIMITS.windowSeconds,
): { id: string; endsAt: Date } {
  const start = Math.floor(at.getTime() / 1000 / windowSeconds) * windowSeconds;
  return { id: `${windowSeconds}-${start}`, endsAt: new Date((start + windowSeconds) * 1000) };
}

export function secondsUntil(at: Date, end: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - at.getTime()) / 1000));
}

/** True when the counters already reached a limit: the attempt is refused before the code is looked at. */
export function guessingBlocked(failures: { number: number; group: number }): boolean {
  return failures.number >= GUESS_LIMITS.perNumber || failures.group >= GUESS_LIMITS.perGroup;
}

export function batchView(b: VoucherBatch) {
  return {
    batchId: b.batchId,
    value: b.value,
    count: b.count,
    validUntil: b.validUntil,
    ...(b.label ? { label: b.label } : {}),
    issuedAt: b.issuedAt,
    redeemedCount: b.redeemedCount,
  };
}
