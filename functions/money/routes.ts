import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { PeriodSchema, TransferBodySchema } from '#shared/money/domain.ts';
import {
  AssignPaymentSchema,
  PaymentBodySchema,
  PaymentSettingsSchema,
  TopUpBodySchema,
} from '#shared/money/payments.ts';
import { IssueBatchSchema } from '#shared/money/vouchers.ts';
import { locationHeader, pageOf, pageQuery, problemResponses } from '../../shared/handlers/responses.ts';

/**
 * Money: balances, the ledger and statement, credit transfers, top-ups, vouchers,
 * payments and payment settings. Group routes let `admin` and `member` tokens past the gate; the
 * use cases decide against the stored group (only its current admin moves credit or reads the
 * statement: others get 403; a member reads only its own number). Money-moving POSTs need an
 * `Idempotency-Key`.
 */

const Ulid = z.string().regex(/^[0-9A-Z]{26}$/, 'must be an id (26 upper-case letters and digits)');
const GroupParams = z.strictObject({ groupId: GroupIdSchema });
const MemberParams = GroupParams.extend({ msisdn: MsisdnPathSchema });
const TopUpParams = MemberParams.extend({ topUpId: Ulid });
const BatchParams = z.strictObject({ batchId: Ulid });
const PaymentParams = z.strictObject({ paymentId: PaymentBodySchema.shape.paymentId });

const TAG = 'money';
const eur = (amount: number) => ({ amount, currency: 'EUR' });
/*
 * Examples are written for the demo tenant `alpina` and the group of the groups examples (admin
 * +38641234567, first member +38640100000). Ids the API generates and voucher codes, which are
 * printed once, are placeholders.
 */

// ----- views -------------------------------------------------------------------------------------

const LedgerLine = z.object({
  entryId: z.string(),
  msisdn: z.string(),
  kind: z.enum(['transfer-out', 'transfer-in', 'top-up', 'voucher', 'payment', 'overpayment']),
  amount: MoneySchema.describe('signed: negative debits the balance'),
  reference: z.object({ type: z.enum(['transfer', 'top-up', 'payment']), id: z.string() }),
  counterparty: z.string().optional(),
  note: z.string().optional(),
  at: z.string(),
  period: z.string(),
  causedBy: z.object({ role: z.string(), msisdn: z.string().optional() }),
});

const BalanceView = z.object({ msisdn: z.string(), balance: MoneySchema, updatedAt: z.string().optional() });

const TransferView = z.object({
  transferId: z.string(),
  groupId: z.string(),
  from: z.string(),
  to: z.string(),
  direction: z.enum(['admin-to-member', 'member-to-admin']),
  amount: MoneySchema,
  note: z.string().optional(),
  at: z.string(),
});

const TopUpView = z.object({
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

const BatchView = z.object({
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

const PaymentView = z.object({
  paymentId: z.string(),
  amount: MoneySchema,
  reference: z.string().optional(),
  method: z.string(),
  receivedAt: z.string(),
  recordedAt: z.string(),
  payer: z.object({ name: z.string().optional(), iban: z.string().optional() }).optional(),
  status: z.enum(['matched', 'unmatched', 'assigned']),
  target: Target.optional(),
  applied: MoneySchema.optional(),
  overpayment: MoneySchema.optional(),
  unmatchedReason: z.string().optional(),
  assignedAt: z.string().optional(),
});

const SettingsView = z.object({
  method: z.enum(['direct-debit', 'manual']),
  iban: z.string().optional().describe('masked for the operator'),
  mandate: z.object({ reference: z.string(), signedOn: z.string() }).optional(),
  updatedAt: z.string().optional(),
});

// ----- balances, ledger, statement ----------------------------------------------------------------

export const getBalance = defineRoute({
  operationId: 'getBalance',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/balance',
  handler: 'functions/money/get-balance',
  summary: "A number's prepaid balance",
  description: 'The group admin for any of its numbers; a member for its own number only.',
  tag: TAG,
  access: ['admin', 'member'],
  params: MemberParams,
  responses: {
    200: { description: 'The balance', schema: BalanceView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const listNumberLedger = defineRoute({
  operationId: 'listNumberLedger',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/ledger',
  handler: 'functions/money/list-number-ledger',
  summary: "A number's credit movements, newest first",
  tag: TAG,
  access: ['admin', 'member'],
  params: MemberParams,
  query: pageQuery,
  responses: {
    200: { description: 'A page of ledger entries', schema: pageOf(LedgerLine) },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const getStatement = defineRoute({
  operationId: 'getStatement',
  method: 'GET',
  path: '/v1/groups/{groupId}/statement',
  handler: 'functions/money/get-statement',
  summary: 'Every credit movement of the admin and all members in one month',
  description:
    '`period` is a month of the tenant calendar (default: the current one). Oldest first, paginated. Admin only.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  query: pageQuery.extend({ period: PeriodSchema.optional() }),
  responses: {
    200: {
      description: 'A page of the statement',
      schema: pageOf(LedgerLine).extend({ period: z.string() }),
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

// ----- transfers ---------------------------------------------------------------------------------

export const createTransfer = defineRoute({
  operationId: 'createTransfer',
  method: 'POST',
  path: '/v1/groups/{groupId}/transfers',
  handler: 'functions/money/create-transfer',
  summary: 'Transfer credit between the admin and a member (either way)',
  description:
    'Done by the group admin. Refused with 409 and `available` when the sender lacks credit, 422 past the tenant’s per-transfer or per-day limit. Requires `Idempotency-Key`: a retry replays the first response.',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: TransferBodySchema.meta({
    examples: [{ from: '+38641234567', to: '+38640100000', amount: eur(500), note: 'May data' }],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Transferred', schema: TransferView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

// ----- top-ups -----------------------------------------------------------------------------------

export const createTopUp = defineRoute({
  operationId: 'createTopUp',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/top-ups',
  handler: 'functions/money/create-top-up',
  summary: "Top up a number's prepaid balance (bank transfer, PayPal, voucher)",
  description:
    'By the group admin. `bank-transfer` creates a pending top-up with a payment reference (credited when the bank reports the payment); `paypal` captures an approved PayPal order (cards go through PayPal); `voucher` redeems a store voucher (failed codes are counted per number and group: 429 past the limit).',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: TopUpBodySchema.meta({
    examples: [
      { method: 'voucher', code: '7K3M-Q9XD-4TPA-ZC2H' },
      { method: 'bank-transfer', amount: eur(2000) },
      { method: 'paypal', amount: eur(1000), orderId: '5O190127TN364715T' },
    ],
  }),
  secrets: ['paypal'],
  idempotent: true,
  responses: {
    201: {
      description: 'Completed (PayPal, voucher) or pending (bank transfer)',
      schema: TopUpView,
      headers: locationHeader('the top-up'),
    },
    ...problemResponses(400, 401, 403, 404, 409, 422, 429),
  },
});

export const getTopUp = defineRoute({
  operationId: 'getTopUp',
  method: 'GET',
  path: '/v1/groups/{groupId}/members/{msisdn}/top-ups/{topUpId}',
  handler: 'functions/money/get-top-up',
  summary: 'A top-up and its status',
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: TopUpParams,
  responses: {
    200: { description: 'The top-up', schema: TopUpView },
    ...problemResponses(400, 401, 403, 404),
  },
});

// ----- vouchers ----------------------------------------------------------------------------------

export const issueVoucherBatch = defineRoute({
  operationId: 'issueVoucherBatch',
  method: 'POST',
  path: '/v1/voucher-batches',
  handler: 'functions/money/issue-voucher-batch',
  summary: 'Issue a batch of single-use voucher codes',
  description:
    'The codes are in this response only: they are stored as hashes and can never be read again. Not replayable (no Idempotency-Key): a lost response means issuing a new batch.',
  tag: TAG,
  access: ['operator'],
  body: IssueBatchSchema.meta({
    examples: [{ value: eur(1000), count: 100, validUntil: '2035-12-31', label: 'Kiosk chain, Q1' }],
  }),
  responses: {
    201: {
      description: 'The batch and its codes (shown once)',
      schema: BatchView.extend({ codes: z.array(z.string()) }),
      headers: locationHeader('the batch'),
    },
    ...problemResponses(400, 401, 403),
  },
});

export const listVoucherBatches = defineRoute({
  operationId: 'listVoucherBatches',
  method: 'GET',
  path: '/v1/voucher-batches',
  handler: 'functions/money/list-voucher-batches',
  summary: 'Voucher batches, oldest first',
  tag: TAG,
  access: ['operator'],
  query: pageQuery,
  responses: {
    200: { description: 'A page of batches', schema: pageOf(BatchView) },
    ...problemResponses(400, 401, 403),
  },
});

export const getVoucherBatch = defineRoute({
  operationId: 'getVoucherBatch',
  method: 'GET',
  path: '/v1/voucher-batches/{batchId}',
  handler: 'functions/money/get-voucher-batch',
  summary: 'A voucher batch with its redeemed count',
  tag: TAG,
  access: ['operator'],
  params: BatchParams,
  responses: {
    200: { description: 'The batch', schema: BatchView },
    ...problemResponses(400, 401, 403, 404),
  },
});

// ----- payments ----------------------------------------------------------------------------------

export const recordPayment = defineRoute({
  operationId: 'recordPayment',
  method: 'POST',
  path: '/v1/payments',
  handler: 'functions/money/record-payment',
  summary: 'Report a payment received (bank, payment provider, operator)',
  description:
    'Matched by reference to a pending top-up (later: an invoice); an overpayment becomes prepaid credit of the number; a payment that matches nothing is kept for the operator. A second delivery of the same `paymentId` changes nothing (200 with the recorded payment).',
  tag: TAG,
  access: ['psp', 'operator'],
  body: PaymentBodySchema.meta({
    examples: [
      {
        paymentId: 'NLB-2025-000123',
        amount: eur(2000),
        reference: 'RF18539007547034',
        receivedAt: '2025-03-04T09:12:00Z',
      },
    ],
  }),
  idempotent: true,
  responses: {
    201: { description: 'Recorded', schema: PaymentView, headers: locationHeader('the payment') },
    200: {
      description: 'Already recorded (a repeated delivery)',
      schema: PaymentView,
      headers: locationHeader('the payment'),
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

export const listUnmatchedPayments = defineRoute({
  operationId: 'listUnmatchedPayments',
  method: 'GET',
  path: '/v1/payments',
  handler: 'functions/money/list-unmatched-payments',
  summary: 'Payments that matched nothing (`status=unmatched`), oldest first',
  description:
    'Kept for the operator, never dropped; resolve one with `POST /v1/payments/{paymentId}/assignment`.',
  tag: TAG,
  access: ['operator'],
  query: pageQuery.extend({ status: z.enum(['unmatched']) }),
  responses: {
    200: { description: 'A page of payments', schema: pageOf(PaymentView) },
    ...problemResponses(400, 401, 403),
  },
});

export const getPayment = defineRoute({
  operationId: 'getPayment',
  method: 'GET',
  path: '/v1/payments/{paymentId}',
  handler: 'functions/money/get-payment',
  summary: 'A payment received',
  tag: TAG,
  access: ['psp', 'operator'],
  params: PaymentParams,
  responses: {
    200: { description: 'The payment', schema: PaymentView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const assignPayment = defineRoute({
  operationId: 'assignPayment',
  method: 'POST',
  path: '/v1/payments/{paymentId}/assignment',
  handler: 'functions/money/assign-payment',
  summary: 'Credit an unmatched payment to a number',
  description:
    "The operator resolves an unmatched payment: its whole amount becomes the number's prepaid credit.",
  tag: TAG,
  access: ['operator'],
  params: PaymentParams,
  body: AssignPaymentSchema.meta({
    examples: [{ groupId: '01J0000000000000000000000G', msisdn: '+38640100000' }],
  }),
  idempotent: true,
  responses: {
    200: { description: 'Assigned', schema: PaymentView },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

// ----- payment settings ----------------------------------------------------------------------------

export const getPaymentSettings = defineRoute({
  operationId: 'getPaymentSettings',
  method: 'GET',
  path: '/v1/groups/{groupId}/payment-settings',
  handler: 'functions/money/get-payment-settings',
  summary: "The group's payment method (direct debit or manual)",
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  responses: {
    200: { description: 'The settings', schema: SettingsView },
    ...problemResponses(400, 401, 403, 404),
  },
});

export const putPaymentSettings = defineRoute({
  operationId: 'putPaymentSettings',
  method: 'PUT',
  path: '/v1/groups/{groupId}/payment-settings',
  handler: 'functions/money/put-payment-settings',
  summary: 'Choose monthly direct debit (mandate) or manual payment',
  description: "Direct debit collects from the group's IBAN under the given SEPA mandate. Admin only.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: PaymentSettingsSchema.meta({
    examples: [
      { method: 'direct-debit', mandate: { reference: 'ALP-2025-000042', signedOn: '2025-03-01' } },
      { method: 'manual' },
    ],
  }),
  responses: {
    200: { description: 'The settings', schema: SettingsView },
    ...problemResponses(400, 401, 403, 404),
  },
});
