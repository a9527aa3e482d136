import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { LEDGER_KINDS, REFERENCE_TYPES } from '#shared/money/domain.ts';
import { PaymentBodySchema } from '#shared/money/payments.ts';

/**
 * The shapes shared by the money routes (`routes/*.ts`): balances, the ledger and statement, credit transfers, top-ups, vouchers,
 * payments and payment settings. Group routes let `admin` and `member` tokens past the gate; the
 * use cases decide against the stored group (only its current admin moves credit or reads the
 * statement: others get 403; a member reads only its own number). Money-moving POSTs need an
 * `Idempotency-Key`.
 */

export const Ulid = z.string().regex(/^[0-9A-Z]{26}$/, 'must be an id (26 upper-case letters and digits)');

export const GroupParams = z.strictObject({ groupId: GroupIdSchema });

export const MemberParams = GroupParams.extend({ msisdn: MsisdnPathSchema });

export const PaymentParams = z.strictObject({ paymentId: PaymentBodySchema.shape.paymentId });

export const TAG = 'money';

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/*
 * Examples are written for the demo tenant `alpina` and the group of the groups examples (admin
 * +38641234567, first member +38640100000). Ids the API generates and voucher codes, which are
 * printed once, are placeholders.
 */

// ----- views -------------------------------------------------------------------------------------

export const LedgerLine = z.object({
  entryId: z.string(),
  msisdn: z.string(),
  kind: z.enum(LEDGER_KINDS),
  amount: MoneySchema.describe('signed: negative debits the balance'),
  reference: z.object({ type: z.enum(REFERENCE_TYPES), id: z.string() }),
  counterparty: z.string().optional(),
  note: z.string().optional(),
  at: z.string(),
  period: z.string(),
  causedBy: z.object({ role: z.string(), msisdn: z.string().optional() }),
});

export const TopUpView = z.object({
  topUpId: z.string(),
  groupId: z.string(),
  msisdn: z.string(),
  method: z.enum(['bank-transfer', 'paypal', 'voucher']),
  status: z.enum(['pending', 'completed', 'declined']),
  amount: MoneySchema,
  credited: MoneySchema.optional(),
  paymentReference: z.string().optional().describe('bank transfer: quote it on the payment'),
  paymentId: z.string().optional(),
  declineReason: z.string().optional(),
  createdAt: z.string(),
  completedAt: z.string().optional(),
});

export const BatchView = z.object({
  batchId: z.string(),
  value: MoneySchema,
  count: z.number().int(),
  validUntil: z.string(),
  label: z.string().optional(),
  issuedAt: z.string(),
  redeemedCount: z.number().int(),
});

const Target = z.union([
  z.object({ type: z.literal('top-up'), topUpId: z.string(), groupId: z.string(), msisdn: z.string() }),
  z.object({ type: z.literal('number'), groupId: z.string(), msisdn: z.string() }),
  z.object({ type: z.literal('invoice'), invoiceId: z.string(), groupId: z.string() }),
]);

export const PaymentView = z.object({
  paymentId: z.string(),
  amount: MoneySchema,
  reference: z.string().optional(),
  method: z.string(),
  receivedAt: z.string(),
  recordedAt: z.string(),
  payer: z.object({ name: z.string().optional(), iban: z.string().optional() }).optional(),
  status: z.enum(['matched', 'unmatched', 'assigned']),
  target: Target.optional(),
  purpose: z
    .object({ type: z.string(), id: z.string() })
    .optional()
    .describe('what else the payment paid for the target number, e.g. a credit-limit deposit'),
  applied: MoneySchema.optional(),
  overpayment: MoneySchema.optional(),
  unmatchedReason: z.string().optional(),
  assignedAt: z.string().optional(),
});

export const SettingsView = z.object({
  method: z.enum(['direct-debit', 'manual']),
  iban: z.string().optional().describe('masked for the operator'),
  mandate: z.object({ reference: z.string(), signedOn: z.string() }).optional(),
  updatedAt: z.string().optional(),
});
