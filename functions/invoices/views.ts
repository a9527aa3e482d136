import * as z from 'zod';
import { GroupIdSchema } from '#shared/groups/domain.ts';
import type { InvoiceDocument } from '#shared/invoices/document.ts';
import type { IssuedHeader } from '#shared/invoices/ports.ts';
import type { BillRun, RunGroup } from '#shared/invoices/runs.ts';
import { MoneySchema } from '#shared/kernel/money.ts';

/**
 * The shapes of the invoice and bill-run routes (`routes/*.ts`). Invoice field names follow TM
 * Forum TMF678 CustomerBill where it has one (`billNo`, `billDate`, `paymentDueDate`,
 * `amountDue`, `remainingAmount`, `taxExcludedAmount`, `taxIncludedAmount`, `taxItem`,
 * `billingPeriod`, `appliedCustomerBillingRate` for the lines); money stays in the API's
 * `{ amount, currency }` form.
 */

export const TAG = 'invoices';

export const InvoiceIdSchema = z
  .string()
  .regex(/^[0-9A-Z]{26}-\d{6}$/, 'must be an invoice id (the group id, a dash and YYYYMM)');
export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a period YYYY-MM');

export const GroupParams = z.strictObject({ groupId: GroupIdSchema });
export const InvoiceParams = z.strictObject({ groupId: GroupIdSchema, invoiceId: InvoiceIdSchema });
export const RunParams = z.strictObject({ runId: PeriodSchema });

const Address = z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});
const Party = z.object({
  legalName: z.string(),
  vatId: z.string(),
  registrationNumber: z.string().optional(),
  address: Address,
  email: z.string().optional(),
});

const InvoiceSummaryShape = {
  id: z.string(),
  href: z.string(),
  billNo: z.string().describe('the legal number: series prefix, year, sequence'),
  state: z.enum(['issued', 'paid', 'void']),
  billDate: z.string().describe('issue date, YYYY-MM-DD (tenant time zone)'),
  paymentDueDate: z.string(),
  billingPeriod: z.object({ period: z.string(), startDate: z.string(), endDate: z.string() }),
  billingAccount: z.object({ id: z.string(), name: z.string() }),
  taxExcludedAmount: MoneySchema,
  taxIncludedAmount: MoneySchema,
  amountDue: MoneySchema,
  remainingAmount: MoneySchema.describe('what is still unpaid of amountDue'),
  paymentMethod: z.enum(['credit-transfer', 'direct-debit']),
  paymentReference: z.string().describe('ISO 11649 structured creditor reference'),
  dunning: z
    .object({ stage: z.string(), since: z.string() })
    .optional()
    .describe(
      'the dunning of an unpaid invoice: scheduled, reminded, suspended, provisional, collections; ended: paid, proof-accepted, reactivated, closed',
    ),
};
export const InvoiceSummary = z.object(InvoiceSummaryShape);

export const InvoiceLineView = z.object({
  code: z.string().describe('stable line code'),
  type: z.enum(['plan', 'add-on', 'charge', 'usage', 'settlement']),
  msisdn: z.string().optional().describe('the number the line is about; absent for the group'),
  description: z.string().describe("the line's explanation, in the group's language"),
  quantity: z.number(),
  unit: z.enum(['day', 'month', 'item', 'minute', 'message', 'mb']),
  unitPrice: MoneySchema.optional(),
  taxExcludedAmount: MoneySchema,
  taxRate: z.number().nullable().describe('VAT rate in percent; null for settlement lines'),
  periodCoverage: z.object({ startDate: z.string(), endDate: z.string() }).optional(),
});

export const InvoiceView = z.object({
  ...InvoiceSummaryShape,
  language: z.string(),
  issuedAt: z.string(),
  seller: Party.extend({ iban: z.string(), bic: z.string().optional() }),
  buyer: Party,
  taxItem: z.array(
    z.object({
      taxCategory: z.literal('VAT'),
      taxRate: z.number(),
      taxableAmount: MoneySchema,
      taxAmount: MoneySchema,
    }),
  ),
  settlement: z.object({
    prepaidPaid: MoneySchema,
    previousDue: MoneySchema,
    payments: MoneySchema,
    depositCredit: MoneySchema,
    overpaid: MoneySchema,
  }),
  depositsCarriedOver: z.array(
    z.object({ depositId: z.string(), msisdn: z.string(), remaining: MoneySchema }),
  ),
  prepaidAccounts: z
    .array(
      z.object({
        msisdn: z.string(),
        topUps: z.array(
          z.object({ kind: z.string(), amount: MoneySchema, at: z.string(), date: z.string() }),
        ),
        toppedUp: MoneySchema,
        usagePaid: MoneySchema.describe('usage the balance paid: already paid, shown on its line'),
      }),
    )
    .describe('the prepaid balances of the period, for information: not part of the amount due'),
  appliedCustomerBillingRate: z.array(InvoiceLineView),
  documents: z.object({ pdf: z.string(), eInvoice: z.string() }),
});

const percent = (bp: number) => bp / 100;
const lastDay = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const hrefOf = (groupId: string, invoiceId: string) => `/v1/groups/${groupId}/invoices/${invoiceId}`;

type Summarised = Pick<
  IssuedHeader,
  | 'invoiceId'
  | 'groupId'
  | 'number'
  | 'issueDate'
  | 'dueDate'
  | 'period'
  | 'buyer'
  | 'totals'
  | 'paymentMeans'
  | 'paymentReference'
> & { status?: string; outstanding?: IssuedHeader['outstanding']; dunning?: IssuedHeader['dunning'] };

export function invoiceSummary(h: Summarised): z.infer<typeof InvoiceSummary> {
  return {
    id: h.invoiceId,
    href: hrefOf(h.groupId, h.invoiceId),
    billNo: h.number,
    state: h.status === 'paid' || h.status === 'void' ? h.status : 'issued',
    billDate: h.issueDate,
    paymentDueDate: h.dueDate,
    billingPeriod: { period: h.period, startDate: `${h.period}-01`, endDate: lastDay(h.period) },
    billingAccount: { id: h.groupId, name: h.buyer.legalName },
    taxExcludedAmount: h.totals.net,
    taxIncludedAmount: h.totals.gross,
    amountDue: h.totals.amountDue,
    remainingAmount: h.outstanding ?? h.totals.amountDue,
    paymentMethod: h.paymentMeans.kind,
    paymentReference: h.paymentReference,
    ...(h.dunning ? { dunning: h.dunning } : {}),
  };
}

export function invoiceView(
  doc: InvoiceDocument & Pick<Summarised, 'status' | 'outstanding'>,
): z.infer<typeof InvoiceView> {
  const href = hrefOf(doc.groupId, doc.invoiceId);
  return {
    ...invoiceSummary(doc),
    language: doc.language,
    issuedAt: doc.issuedAt,
    seller: {
      legalName: doc.seller.legalName,
      vatId: doc.seller.vatId,
      ...(doc.seller.registrationNumber ? { registrationNumber: doc.seller.registrationNumber } : {}),
      address: doc.seller.address,
      ...(doc.seller.email ? { email: doc.seller.email } : {}),
      iban: doc.seller.iban,
      ...(doc.seller.bic ? { bic: doc.seller.bic } : {}),
    },
    buyer: doc.buyer,
    taxItem: doc.vat.map((v) => ({
      taxCategory: 'VAT' as const,
      taxRate: percent(v.rateBasisPoints),
      taxableAmount: v.base,
      taxAmount: v.vat,
    })),
    settlement: {
      prepaidPaid: doc.totals.prepaidPaid,
      previousDue: doc.totals.previousDue,
      payments: doc.totals.payments,
      depositCredit: doc.totals.depositCredit,
      overpaid: doc.totals.overpaid,
    },
    depositsCarriedOver: doc.depositsCarriedOver,
    prepaidAccounts: doc.prepaidAccounts ?? [],
    appliedCustomerBillingRate: doc.lines.map((l) => ({
      code: l.code,
      type: l.kind,
      ...(l.msisdn ? { msisdn: l.msisdn } : {}),
      description: l.explanation,
      quantity: l.quantity,
      unit: l.unit,
      ...(l.unitPrice ? { unitPrice: l.unitPrice } : {}),
      taxExcludedAmount: l.net,
      taxRate: l.vatRateBasisPoints === null ? null : percent(l.vatRateBasisPoints),
      ...(l.from && l.to ? { periodCoverage: { startDate: l.from, endDate: l.to } } : {}),
    })),
    documents: { pdf: `${href}/pdf`, eInvoice: `${href}/xml` },
  };
}

const Counts = z.object({ done: z.number(), skipped: z.number(), failed: z.number(), pending: z.number() });
export const BillRunSummary = z.object({
  runId: z.string().describe('the period it invoices, YYYY-MM'),
  period: z.string(),
  status: z.enum(['collecting', 'invoicing', 'numbering', 'completed']),
  expected: z.number().describe('groups in the set fixed at the start (known once collection ends)'),
  issued: z.number().describe('invoices issued so far'),
  startedAt: z.string(),
  startedBy: z.string(),
  collectedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  collection: z
    .object({
      status: z.enum(['submitted', 'applied']),
      collectionDate: z.string().optional(),
      debits: z.number(),
      total: MoneySchema.optional(),
      collected: z.number(),
      returned: z.number(),
      leftOut: z.number(),
    })
    .optional()
    .describe('the SEPA direct-debit collection, once every invoice is issued (`…/direct-debit`)'),
});
export const BillRunView = BillRunSummary.extend({ counts: Counts });

export const RunFailureView = z.object({
  groupId: z.string(),
  reason: z.string(),
  finishedAt: z.string().optional(),
});

export const runFailureView = (f: RunGroup): z.infer<typeof RunFailureView> => ({
  groupId: f.groupId,
  reason: f.reason ?? 'unknown',
  ...(f.finishedAt ? { finishedAt: f.finishedAt } : {}),
});

export function billRunSummary(r: BillRun): z.infer<typeof BillRunSummary> {
  return {
    runId: r.runId,
    period: r.period,
    status: r.status,
    expected: r.expected,
    issued: r.issued,
    startedAt: r.startedAt,
    startedBy: r.startedBy,
    ...(r.collectedAt ? { collectedAt: r.collectedAt } : {}),
    ...(r.finishedAt ? { finishedAt: r.finishedAt } : {}),
    ...(r.collection
      ? {
          collection: {
            status: r.collection.status,
            ...(r.collection.collectionDate ? { collectionDate: r.collection.collectionDate } : {}),
            debits: r.collection.debits,
            ...(r.collection.total ? { total: r.collection.total } : {}),
            collected: r.collection.collected,
            returned: r.collection.returned,
            leftOut: r.collection.leftOut,
          },
        }
      : {}),
  };
}
