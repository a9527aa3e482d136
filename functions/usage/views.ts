import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { MoneySchema } from '#shared/kernel/money.ts';
import { USAGE_TYPES } from '#shared/rating/domain.ts';
import { REFUSALS, REJECTION_REASONS } from '#shared/usage/domain.ts';

/**
 * The shapes shared by the usage routes (`routes/*.ts`): the mediation's batches and their
 * per-record results, authorization answers, a number's usage of a period and its rated records.
 * Examples are written for the demo tenant `alpina` and the group of the groups examples (admin
 * +38641234567, first member +38640100000).
 */

export const TAG = 'usage';

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

export const MemberParams = z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema });

export const PeriodQuery = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-11')
  .optional()
  .describe('a billing period of the tenant calendar (default: the current one)');

const CATEGORIES = [
  'included',
  'over-allowance',
  'international',
  'roaming',
  'premium',
  'donation',
  'pack',
  'club',
] as const;

export const RecordResult = z.discriminatedUnion('status', [
  z.object({
    recordId: z.string(),
    status: z.literal('accepted'),
    lineCode: z.string(),
    charge: MoneySchema,
  }),
  z.object({ recordId: z.string(), status: z.literal('duplicate') }),
  z.object({
    recordId: z.string(),
    status: z.literal('rejected'),
    reason: z.enum(REJECTION_REASONS),
    detail: z.string(),
  }),
]);

export const IngestResultView = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  results: z.array(RecordResult).describe('one per record, in the order sent'),
});

export const AuthorizationView = z.object({
  msisdn: z.string(),
  requested: z.number().int(),
  granted: z.number().int(),
  decision: z.enum(['granted', 'partial', 'refused']),
  reason: z.enum(REFUSALS).optional(),
  charge: MoneySchema.optional(),
});

const Ceiling = z.object({
  amount: MoneySchema,
  used: MoneySchema,
  remaining: MoneySchema,
  percentUsed: z.number().int(),
});

export const UsageView = z.object({
  msisdn: z.string(),
  period: z.string(),
  plan: z.string(),
  sharesUnitsOf: z
    .string()
    .optional()
    .describe('an extra SIM: the member whose allowances it shares (shown here)'),
  payment: z.enum(['postpaid', 'prepaid']),
  allowances: z.array(
    z.object({
      key: z.string(),
      source: z.enum(['plan', 'pack']),
      addOn: z.string().optional(),
      unit: z.enum(['seconds', 'messages', 'bytes']),
      included: z.number().int().nullable().describe('null = unlimited'),
      used: z.number().int(),
      remaining: z.number().int().nullable(),
    }),
  ),
  charges: z.array(z.object({ category: z.enum(CATEGORIES), amount: MoneySchema })),
  lines: z.array(
    z.object({
      lineCode: z.string(),
      category: z.enum(CATEGORIES),
      quantity: z.number().int(),
      amount: MoneySchema,
      records: z.number().int(),
    }),
  ),
  spend: MoneySchema.describe('usage charges of the period, beyond the monthly fees'),
  paidFromBalance: MoneySchema,
  creditLimit: Ceiling.extend({ bars: z.boolean() }).nullable(),
  spendingCap: Ceiling.nullable(),
  barred: z.object({ reason: z.enum(['credit-limit', 'spending-cap']), since: z.string() }).nullable(),
  warnedAt: z.string().optional(),
  records: z.number().int(),
});

export const RejectedRecordView = z.object({
  recordId: z.string(),
  reason: z.enum(REJECTION_REASONS),
  detail: z.string(),
  receivedAt: z.string(),
  record: z.unknown().describe('the record as it was sent'),
});

export const RatedRecordView = z.object({
  recordId: z.string(),
  type: z.enum(USAGE_TYPES),
  counterpart: z.string().optional(),
  startedAt: z.string(),
  quantity: z.number().int(),
  visitedCountry: z.string().optional(),
  lineCode: z.string(),
  category: z.enum(CATEGORIES),
  charge: MoneySchema,
  paidFromBalance: MoneySchema.optional(),
});
