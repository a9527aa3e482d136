import * as z from 'zod';
import { GroupIdSchema, MsisdnPathSchema } from '#shared/groups/domain.ts';
import { MoneySchema } from '#shared/kernel/money.ts';

/**
 * The shapes shared by the credit-limit routes (`routes/*.ts`): deposits, increase requests and a
 * number's credit-limit page. Group routes let `admin` and `member` tokens past the gate; the use
 * cases decide against the stored group (only its current admin pays deposits or asks for
 * increases, a member reads only its own number). The operator's routes are outside the groups:
 * the shop deposits it records and the queue of requests it decides.
 */

export const Ulid = z.string().regex(/^[0-9A-Z]{26}$/, 'must be an id (26 upper-case letters and digits)');

export const MemberParams = z.strictObject({ groupId: GroupIdSchema, msisdn: MsisdnPathSchema });

export const RequestParams = z.strictObject({ requestId: Ulid });

export const TAG = 'credit-limits';

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/*
 * Examples are written for the demo tenant `alpina` and the group of the groups examples (admin
 * +38641234567, first member +38640100000). Ids the API generates are placeholders.
 */

export const DepositView = z.object({
  depositId: z.string(),
  groupId: z.string(),
  msisdn: z.string(),
  method: z.enum(['bank-transfer', 'shop']),
  status: z.enum(['pending', 'completed']),
  amount: MoneySchema.describe('as customer care stated it'),
  paid: MoneySchema.optional().describe('what was paid and raised the limit'),
  period: z.string().optional().describe('the billing period whose limit it raised'),
  paymentReference: z.string().optional().describe('bank transfer: quote it on the payment'),
  paymentId: z.string().optional(),
  receipt: z.string().optional(),
  paidAt: z.string().optional(),
  createdAt: z.string(),
  completedAt: z.string().optional(),
});

const Documents = z.object({
  authorisedPerson: z.object({
    name: z.string(),
    idDocument: z
      .object({ type: z.string(), number: z.string(), reference: z.string() })
      .loose()
      .describe('references to stored copies, never the images'),
  }),
  stampedRequest: z.object({ reference: z.string() }),
});

export const RequestView = z.object({
  requestId: z.string(),
  groupId: z.string(),
  msisdn: z.string(),
  kind: z.enum(['permanent', 'temporary']),
  amount: MoneySchema,
  documents: Documents.optional().describe('the admin and the operator only'),
  note: z.string().optional(),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedOn: z.string().describe('the day of the request, tenant calendar'),
  requestedAt: z.string(),
  decidedAt: z.string().optional(),
  reason: z.string().optional(),
  period: z.string().optional().describe('approved: the billing period it applies to (from, if permanent)'),
});

export const CreditLimitView = z.object({
  msisdn: z.string(),
  period: z.string().describe('the current billing period, tenant calendar'),
  adjustments: z
    .object({
      permanentIncrease: MoneySchema,
      temporaryIncrease: MoneySchema,
      deposits: MoneySchema,
    })
    .describe("what raises the number's limit above the tenant's table in the period"),
  lastRequestOn: z.string().optional(),
  nextRequestFrom: z.string().optional().describe('the first day an increase may be requested again'),
  deposits: z.array(DepositView).describe('the latest 20, newest first'),
  requests: z.array(RequestView).describe('the latest 20, newest first'),
});
