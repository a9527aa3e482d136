import * as z from 'zod';
import { InvalidInput } from './errors.ts';
import { message } from './messages.ts';

/**
 * Money is an integer number of minor units plus an ISO 4217 currency. Never a float.
 *
 * Rounding rule (the only place it happens): half away from zero to the nearest minor unit,
 * applied once to the final result of a multiplication or division, never to intermediates.
 */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');

/** An integer number of minor units. `-0` is no amount anyone means: it is refused, not read as 0. */
const MinorUnits = z
  .number()
  .int('must be an integer number of minor units')
  .safe()
  .refine((n) => !Object.is(n, -0), 'must not be negative zero');

export const MoneySchema = z
  .object({
    amount: MinorUnits,
    currency: CurrencySchema,
  })
  .strict();

export const NonNegativeMoneySchema = MoneySchema.extend({
  amount: MinorUnits.min(0),
}).strict();

export type Money = z.infer<typeof MoneySchema>;

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new Error(`money amount must be a safe integer, got ${amount}`);
  return { amount, currency };
}

export function zero(currency: string): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new Error(`currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(items: Money[], currency: string): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

/** Half away from zero; the single rounding rule of the product. */
export function roundHalfAwayFromZero(value: number): number {
  const r = Math.sign(value) * Math.round(Math.abs(value));
  return r === 0 ? 0 : r;
}

/** Multiplies by a ratio of integers (e.g. months remaining / months total) with one rounding. */
export function multiplyRatio(m: Money, numerator: number, denominator: number): Money {
  if (denominator === 0) throw new Error('denominator must not be zero');
  return money(roundHalfAwayFromZero((m.amount * numerator) / denominator), m.currency);
}

/** Applies a rate in basis points (1 % = 100 bp), e.g. VAT of 22 % = 2200. */
export function percentOf(m: Money, basisPoints: number): Money {
  return multiplyRatio(m, basisPoints, 10_000);
}

export function isNegative(m: Money): boolean {
  return m.amount < 0;
}

/** Asserts that a money value is in the tenant's currency; names the field otherwise. */
export function assertCurrency(m: Money, currency: string, field: string): void {
  if (m.currency !== currency) throw InvalidInput.field(field, message('field.in-currency', { currency }));
}

/**
 * `"12.50"` → 1250: decimal strings from payment providers, parsed without floats. At most two
 * decimals (the exponent of every currency we serve); anything else is refused.
 */
export function fromDecimalString(value: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) throw new Error(`amount not understood: ${value}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export { formatMoney } from './money-format.ts';
