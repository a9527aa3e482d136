import { randomInt } from 'node:crypto';
import * as z from 'zod';
import { GroupIdSchema } from '../groups/domain.ts';
import { InvalidInput } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { type Money, money } from '../kernel/money.ts';
import { text } from '../kernel/text.ts';
import { PositiveMoneySchema } from './domain.ts';

/**
 * Top-ups, payments received and payment settings. Pure rules and shapes; no I/O.
 *
 * - A bank-transfer top-up gets a structured creditor reference (ISO 11649, `RF` + 2 check
 *   digits + up to 21 letters/digits) that the customer quotes on the transfer; the payment
 *   that carries it is matched to the pending top-up.
 * - A payment is split against what it pays: the amount due is applied, the rest is an
 *   overpayment that becomes prepaid credit of the same number; nothing is ever dropped.
 * - Payments that match nothing are kept for the operator.
 */

// ----- top-ups ---------------------------------------------------------------------------------

export const TOP_UP_METHODS = ['bank-transfer', 'paypal', 'voucher'] as const;
export type TopUpMethod = (typeof TOP_UP_METHODS)[number];

export const TopUpBodySchema = z.discriminatedUnion('method', [
  /** Pending until the bank reports the payment that quotes the returned reference. */
  z.strictObject({ method: z.literal('bank-transfer'), amount: PositiveMoneySchema }),
  /** Captures an order the payer approved in PayPal's checkout (cards go through PayPal too). */
  z.strictObject({
    method: z.literal('paypal'),
    amount: PositiveMoneySchema,
    orderId: z.string().regex(/^[A-Za-z0-9-]{6,64}$/, 'must be the PayPal order id'),
  }),
  /** A store voucher's code, e.g. `7K3M-Q9XD-4TPA-ZC2H`. */
  z.strictObject({ method: z.literal('voucher'), code: z.string().trim().min(1).max(40) }),
]);
export type TopUpBody = z.infer<typeof TopUpBodySchema>;

export type TopUpStatus = 'pending' | 'completed' | 'declined';

export interface TopUp {
  topUpId: string;
  groupId: string;
  /** E.164. */
  msisdn: string;
  method: TopUpMethod;
  status: TopUpStatus;
  /** Requested (bank, PayPal) or the voucher's value. */
  amount: Money;
  /** What was credited (a bank payment may differ from the request). */
  credited?: Money;
  paymentReference?: string;
  paymentId?: string;
  voucherBatchId?: string;
  providerOrderId?: string;
  declineReason?: string;
  createdAt: string;
  completedAt?: string;
  createdBy: { role: string; subject: string; msisdn?: string };
}

export function topUpView(t: TopUp) {
  return {
    topUpId: t.topUpId,
    groupId: t.groupId,
    msisdn: t.msisdn,
    method: t.method,
    status: t.status,
    amount: t.amount,
    ...(t.credited ? { credited: t.credited } : {}),
    ...(t.paymentReference ? { paymentReference: t.paymentReference } : {}),
    ...(t.paymentId ? { paymentId: t.paymentId } : {}),
    ...(t.declineReason ? { declineReason: t.declineReason } : {}),
    createdAt: t.createdAt,
    ...(t.completedAt ? { completedAt: t.completedAt } : {}),
  };
}

// ----- ISO 11649 creditor references -------------------------------------------------------------

const REF_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Letters → numbers (A=10 … Z=35), then mod 97 over the digit string, in chunks. */
function mod97(s: string): number {
  let digits = '';
  for (const c of s) digits += /[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55);
  let rem = 0;
  for (let i = 0; i < digits.length; i += 7) rem = Number(`${rem}${digits.slice(i, i + 7)}`) % 97;
  return rem;
}

/** `RF` + check digits for the given body (1–21 letters/digits). */
export function creditorReference(body: string): string {
  if (!/^[A-Z0-9]{1,21}$/.test(body)) throw new Error(`not a reference body: ${body}`);
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

export function isCreditorReference(ref: string): boolean {
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  return mod97(`${ref.slice(4)}${ref.slice(0, 4)}`) === 1;
}

/** A fresh reference with 16 random symbols (80 bits): unique without coordination. */
export function newPaymentReference(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < 16; i++) body += REF_ALPHABET[random(REF_ALPHABET.length)];
  return creditorReference(body);
}

/** As printed (`RF18 5390 0754 7034`) or typed in lower case → the compact upper-case form. */
export function normalizeReference(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

// ----- payments received -------------------------------------------------------------------------

export const PAYMENT_METHODS = ['bank-transfer', 'direct-debit', 'card', 'paypal', 'cash'] as const;

export const PaymentBodySchema = z.strictObject({
  /** The bank's or provider's own id of this payment: a second delivery of it changes nothing. */
  paymentId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'must be 1–100 letters, digits, . _ : or -'),
  amount: PositiveMoneySchema,
  /** The reference the payer quoted (a top-up's `RF…`, later an invoice's). */
  reference: text({ max: 140 }).optional(),
  method: z.enum(PAYMENT_METHODS).default('bank-transfer'),
  /** When the money arrived (ISO 8601); defaults to the time of the report. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  payer: z
    .strictObject({
      name: text({ max: 140 }).optional(),
      iban: text({ min: 5, max: 50 }).optional(),
    })
    .optional(),
});
export type PaymentBody = z.infer<typeof PaymentBodySchema>;

export type PaymentStatus = 'matched' | 'unmatched' | 'assigned';

export type PaymentTarget =
  | { type: 'top-up'; topUpId: string; groupId: string; msisdn: string }
  | { type: 'number'; groupId: string; msisdn: string }
  | { type: 'invoice'; invoiceId: string; groupId: string };

export interface Payment {
  paymentId: string;
  amount: Money;
  reference?: string;
  method: (typeof PAYMENT_METHODS)[number];
  receivedAt: string;
  recordedAt: string;
  recordedBy: { role: string; subject: string };
  payer?: { name?: string; iban?: string };
  status: PaymentStatus;
  target?: PaymentTarget;
  /** What another area was paid with it (a credit-limit deposit of the target number). */
  purpose?: { type: string; id: string };
  /** Applied to what it paid (the top-up's amount, the invoice's open amount). */
  applied?: Money;
  /** Paid beyond that: prepaid credit of the number. */
  overpayment?: Money;
  /** Why it matched nothing. */
  unmatchedReason?: string;
  assignedAt?: string;
  assignedBy?: { role: string; subject: string };
}

/** The same payment delivered again: same id, amount and reference. */
export function samePayment(stored: Pick<Payment, 'amount' | 'reference'>, body: PaymentBody): boolean {
  return (
    stored.amount.amount === body.amount.amount &&
    stored.amount.currency === body.amount.currency &&
    (stored.reference ?? null) === (body.reference ? normalizeReference(body.reference) : null)
  );
}

/** What a payment of `paid` does to something that expects `due` (nothing due: all of it is overpayment). */
export function splitPayment(paid: Money, due: Money | undefined): { applied: Money; overpayment: Money } {
  const dueAmount = due ? Math.max(0, due.amount) : 0;
  const applied = Math.min(paid.amount, dueAmount);
  return { applied: money(applied, paid.currency), overpayment: money(paid.amount - applied, paid.currency) };
}

export function paymentView(p: Payment) {
  return {
    paymentId: p.paymentId,
    amount: p.amount,
    ...(p.reference ? { reference: p.reference } : {}),
    method: p.method,
    receivedAt: p.receivedAt,
    recordedAt: p.recordedAt,
    ...(p.payer ? { payer: p.payer } : {}),
    status: p.status,
    ...(p.target ? { target: p.target } : {}),
    ...(p.purpose ? { purpose: p.purpose } : {}),
    ...(p.applied ? { applied: p.applied } : {}),
    ...(p.overpayment ? { overpayment: p.overpayment } : {}),
    ...(p.unmatchedReason ? { unmatchedReason: p.unmatchedReason } : {}),
    ...(p.assignedAt ? { assignedAt: p.assignedAt } : {}),
  };
}

export const AssignPaymentSchema = z.strictObject({
  groupId: GroupIdSchema,
  /** E.164: the number whose prepaid balance receives the payment. */
  msisdn: z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as +38640100000'),
});

// ----- payment settings --------------------------------------------------------------------------

export const MandateSchema = z.strictObject({
  /** SEPA mandate reference: up to 35 characters of the SEPA character set. */
  reference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+?/:().,' -]{1,35}$/, 'must be 1–35 letters, digits or + ? / - : ( ) . , space'),
  /** The day the customer signed the mandate. */
  signedOn: z.iso.date(),
});

export const PaymentSettingsSchema = z.discriminatedUnion('method', [
  /** The monthly invoice is collected from the group's IBAN under this mandate. */
  z.strictObject({ method: z.literal('direct-debit'), mandate: MandateSchema }),
  /** The customer pays each invoice (bank transfer, PayPal). */
  z.strictObject({ method: z.literal('manual') }),
]);
export type PaymentSettingsInput = z.infer<typeof PaymentSettingsSchema>;

export type PaymentSettings =
  | {
      method: 'direct-debit';
      iban: string;
      mandate: { reference: string; signedOn: string };
      updatedAt: string;
      updatedBy: string;
    }
  | { method: 'manual'; updatedAt?: string; updatedBy?: string };

/** Settings from the admin's request: a mandate cannot be signed in the future; the IBAN is the group's. */
export function decidePaymentSettings(
  input: PaymentSettingsInput,
  groupIban: string,
  today: string,
  at: string,
  by: string,
): PaymentSettings {
  if (input.method === 'manual') return { method: 'manual', updatedAt: at, updatedBy: by };
  if (input.mandate.signedOn > today)
    throw InvalidInput.field('body.mandate.signedOn', message('field.not-in-future'));
  return {
    method: 'direct-debit',
    iban: groupIban,
    mandate: { reference: input.mandate.reference, signedOn: input.mandate.signedOn },
    updatedAt: at,
    updatedBy: by,
  };
}

const maskIban = (iban: string) => `${'•'.repeat(Math.max(0, iban.length - 4))}${iban.slice(-4)}`;

export function paymentSettingsView(s: PaymentSettings, viewer: 'admin' | 'operator') {
  if (s.method === 'manual') {
    return { method: s.method, ...(s.updatedAt ? { updatedAt: s.updatedAt } : {}) };
  }
  return {
    method: s.method,
    iban: viewer === 'admin' ? s.iban : maskIban(s.iban),
    mandate: s.mandate,
    updatedAt: s.updatedAt,
  };
}
