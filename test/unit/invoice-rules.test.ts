import { describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../shared/catalog/domain.ts';
import {
  addDays,
  computeInvoice,
  InconsistentInvoiceData,
  type InvoiceCharge,
  type InvoiceInput,
  type InvoiceLine,
  type InvoiceUsage,
  invoiceLanguage,
  invoicePaymentReference,
  type NumberInput,
  SETTLEMENT_CODES,
} from '../../shared/invoices/domain.ts';
import { EXPLANATION_KEYS, EXPLANATIONS, type ExplanationKey } from '../../shared/invoices/explanations.ts';
import { LANGUAGES, placeholders } from '../../shared/kernel/messages.ts';
import { percentOf } from '../../shared/kernel/money.ts';
import { isCreditorReference } from '../../shared/money/payments.ts';
import type { LineCategory } from '../../shared/rating/domain.ts';
import type { LineTotal } from '../../shared/usage/ports.ts';
import { invoiceCatalog, invoiceCatalogInput } from '../support/invoice-catalog.ts';

/**
 * The invoice rules (`shared/invoices/domain.ts`) on hand-computed cases. Period 2026-03 has 31
 * days; the tenant is in Europe/Ljubljana (UTC+1 in March until the 29th), so an instant of
 * 23:30 UTC falls on the next local day.
 */

const catalog = invoiceCatalog;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

const A = '+38640100001';
const B = '+38640100002';
const GROUP = '01JABCDEFGHJKMNPQRSTVWXYZ0';

const line = (category: LineCategory, quantity: number, amount: number, records = 1): LineTotal => ({
  category,
  quantity,
  amount,
  records,
});
const usage = (lines: Record<string, LineTotal>, over: Partial<InvoiceUsage> = {}): InvoiceUsage => ({
  lines,
  packStarts: [],
  paidFromBalance: 0,
  ...over,
});
const num = (over: Partial<NumberInput> = {}): NumberInput => ({
  msisdn: A,
  plans: [{ plan: 'M', from: '2025-11-03T09:00:00Z' }],
  addOns: [],
  charges: [],
  ...over,
});
const fee = (
  code: string,
  amount = catalog.fees.find((f) => f.code === code)!.amount,
  detail?: InvoiceCharge['detail'],
): InvoiceCharge => {
  const f = catalog.fees.find((x) => x.code === code)!;
  return {
    chargeId: `c-${code}`,
    code,
    kind: f.kind,
    explanation: f.explanation,
    amount,
    ...(detail ? { detail } : {}),
  };
};

const input = (over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  tenant: { currency: 'EUR', vatRateBasisPoints: 2200, timeZone: 'Europe/Ljubljana' },
  period: '2026-03',
  catalog,
  group: { groupId: GROUP, language: 'en', itemizedBill: false },
  numbers: [num()],
  deposits: [],
  previousDue: eur(0),
  payments: [],
  ...over,
});

type Row = Pick<InvoiceLine, 'code' | 'quantity' | 'unit'> & { net: number; msisdn?: string };
const rows = (lines: InvoiceLine[]): Row[] =>
  lines.map((l) => ({
    code: l.code,
    quantity: l.quantity,
    unit: l.unit,
    net: l.net.amount,
    ...(l.msisdn ? { msisdn: l.msisdn } : {}),
  }));

interface Case {
  name: string;
  input: InvoiceInput;
  lines: Row[];
  totals: { net: number; vat: number; gross: number; due: number; overpaid?: number; depositCredit?: number };
  carried?: { depositId: string; remaining: number }[];
  explains?: Record<string, string[]>;
}

const cases: Case[] = [
  {
    name: 'a full month: the plan fee whole',
    input: input(),
    lines: [{ code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 }],
    totals: { net: 2000, vat: 440, gross: 2440, due: 2440 },
    explains: { M: ['Monthly fee of plan Plan M for 2026-03.'] },
  },
  {
    name: 'a plan change on the 15th (local): both plans by day, the change day on the new plan',
    input: input({
      numbers: [
        num({
          plans: [
            { plan: 'M', from: '2026-02-10T08:00:00Z', to: '2026-03-14T23:30:00Z' },
            { plan: 'L', from: '2026-03-14T23:30:00Z' },
          ],
        }),
      ],
    }),
    // M: 2000 × 14 / 31 = 903.23 → 903; L: 3100 × 17 / 31 = 1700; VAT 22 % of 2603 = 572.66 → 573.
    lines: [
      { code: 'M', msisdn: A, quantity: 14, unit: 'day', net: 903 },
      { code: 'L', msisdn: A, quantity: 17, unit: 'day', net: 1700 },
    ],
    totals: { net: 2603, vat: 573, gross: 3176, due: 3176 },
    explains: {
      M: ['2026-03-01 to 2026-03-14', '14 of 31 days', '€20.00', '€9.03'],
      L: ['2026-03-15 to 2026-03-31', '17 of 31 days', '€31.00', '€17.00'],
    },
  },
  {
    name: 'a number added mid-month and removed before its end',
    input: input({ numbers: [num({ plans: [{ plan: 'M', from: '2026-03-10', to: '2026-03-20' }] })] }),
    // 10 days (10th to 19th): 2000 × 10 / 31 = 645.16 → 645.
    lines: [{ code: 'M', msisdn: A, quantity: 10, unit: 'day', net: 645 }],
    totals: { net: 645, vat: 142, gross: 787, due: 787 },
  },
  {
    name: 'add-ons: one switched on mid-period, one switched off',
    input: input({
      numbers: [
        num({
          addOns: [
            { code: 'HBO', activatedAt: '2026-03-21T10:00:00Z' },
            { code: 'EXTRA-SIM', activatedAt: '2025-12-01T10:00:00Z', deactivatedAt: '2026-03-11T08:00:00Z' },
          ],
        }),
      ],
    }),
    // HBO: 930 × 11 / 31 = 330; extra SIM: 500 × 10 / 31 = 161.29 → 161; VAT of 2491 = 548.02 → 548.
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'HBO', msisdn: A, quantity: 11, unit: 'day', net: 330 },
      { code: 'EXTRA-SIM', msisdn: A, quantity: 10, unit: 'day', net: 161 },
    ],
    totals: { net: 2491, vat: 548, gross: 3039, due: 3039 },
    explains: { HBO: ['Add-on HBO pack from 2026-03-21 to 2026-03-31'] },
  },
  {
    name: 'a pack billed from first use: from the day of first use; unused, nothing',
    input: input({
      numbers: [
        num({
          addOns: [{ code: 'USA', activatedAt: '2026-03-02T10:00:00Z' }],
          usage: usage(
            {},
            { packStarts: [{ addOn: 'USA', from: '2026-03-19T23:10:00Z', monthlyFee: eur(1500) }] },
          ),
        }),
        num({ msisdn: B, addOns: [{ code: 'USA', activatedAt: '2026-03-02T10:00:00Z' }] }),
      ],
    }),
    // First use on the 20th (local): 12 days, 1500 × 12 / 31 = 580.65 → 581.
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'USA', msisdn: A, quantity: 12, unit: 'day', net: 581 },
      { code: 'M', msisdn: B, quantity: 1, unit: 'month', net: 2000 },
    ],
    totals: { net: 4581, vat: 1008, gross: 5589, due: 5589 },
    explains: { USA: ['first use on 2026-03-20 to 2026-03-31', '12 of 31 days'] },
  },
  {
    name: 'one-time charges: connection, clawback with its formula, reconnection, change of holder',
    input: input({
      numbers: [
        num({
          charges: [
            fee('CONN'),
            fee('CLAW-MF', eur(3500), { formula: '7 × €5.00', remainingMonths: 7, monthlyBenefit: eur(500) }),
            fee('RECONN'),
            fee('HOLDER'),
          ],
        }),
      ],
    }),
    // 2000 + 1999 + 3500 + 1000 + 500 = 8999; VAT 1979.78 → 1980.
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'CONN', msisdn: A, quantity: 1, unit: 'item', net: 1999 },
      { code: 'CLAW-MF', msisdn: A, quantity: 7, unit: 'month', net: 3500 },
      { code: 'RECONN', msisdn: A, quantity: 1, unit: 'item', net: 1000 },
      { code: 'HOLDER', msisdn: A, quantity: 1, unit: 'item', net: 500 },
    ],
    totals: { net: 8999, vat: 1980, gross: 10979, due: 10979 },
    explains: {
      CONN: ['Connecting the number to the network.'],
      'CLAW-MF': ['charged back.', '7 remaining months of the commitment × monthly benefit €5.00 = €35.00'],
      HOLDER: ['new holder, who pays this fee'],
    },
  },
  {
    name: 'usage by category: one line per charged line code, free parts left out',
    input: input({
      numbers: [
        num({
          usage: usage({
            'VOICE-INCLUDED': line('included', 6000, 0, 12),
            'VOICE-OVER-ALLOWANCE': line('over-allowance', 600, 90, 3),
            'INTL-VOICE-ZONE2': line('international', 300, 245),
            'ROAMING-DATA-ROAM-Z2': line('roaming', 10 * 1_048_576, 500, 4),
            'ROAMING-SMS-ROAM-Z2': line('roaming', 3, 60, 3),
            'PREMIUM-CALL-090': line('premium', 120, 198),
            'PREMIUM-MSG-090': line('premium', 1, 99),
            'DONATION-090': line('donation', 2, 200, 2),
          }),
        }),
      ],
    }),
    // 2000 + 90 + 245 + 500 + 60 + 198 + 99 + 200 = 3392; VAT 746.24 → 746.
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'DONATION-090', msisdn: A, quantity: 2, unit: 'message', net: 200 },
      { code: 'INTL-VOICE-ZONE2', msisdn: A, quantity: 5, unit: 'minute', net: 245 },
      { code: 'PREMIUM-CALL-090', msisdn: A, quantity: 2, unit: 'minute', net: 198 },
      { code: 'PREMIUM-MSG-090', msisdn: A, quantity: 1, unit: 'message', net: 99 },
      { code: 'ROAMING-DATA-ROAM-Z2', msisdn: A, quantity: 10, unit: 'mb', net: 500 },
      { code: 'ROAMING-SMS-ROAM-Z2', msisdn: A, quantity: 3, unit: 'message', net: 60 },
      { code: 'VOICE-OVER-ALLOWANCE', msisdn: A, quantity: 10, unit: 'minute', net: 90 },
    ],
    totals: { net: 3392, vat: 746, gross: 4138, due: 4138 },
    explains: {
      'ROAMING-DATA-ROAM-Z2': ['roaming in Roaming zone 2: 10 MB at €0.50 per MB'],
      'INTL-VOICE-ZONE2': ['Zone 2: 5 min at €0.49 per minute'],
      'VOICE-OVER-ALLOWANCE': ['beyond the minutes included in the plan: 10 min at €0.09'],
      'DONATION-090': ['2 donations of €1.00'],
    },
  },
  {
    name: 'an extra SIM pays no plan fee of its own',
    input: input({
      numbers: [
        num({ addOns: [{ code: 'EXTRA-SIM', activatedAt: '2026-01-05T10:00:00Z' }] }),
        num({ msisdn: B, sharesUnitsOf: A }),
      ],
    }),
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'EXTRA-SIM', msisdn: A, quantity: 1, unit: 'month', net: 500 },
      { code: 'SHARED-PLAN', msisdn: B, quantity: 1, unit: 'month', net: 0 },
    ],
    totals: { net: 2500, vat: 550, gross: 3050, due: 3050 },
    explains: { 'SHARED-PLAN': [`extra SIM of ${A}`] },
  },
  {
    name: 'a prepaid number: its usage shown, what the balance paid deducted',
    input: input({
      numbers: [
        num({
          plans: [{ plan: 'PRE', from: '2025-01-01' }],
          usage: usage(
            { 'SMS-OVER-ALLOWANCE': line('over-allowance', 30, 270, 30) },
            { paidFromBalance: 270 },
          ),
        }),
      ],
    }),
    // Net 270, VAT 59.4 → 59; the balance paid the 270 of usage, the VAT on it remains.
    lines: [
      { code: 'PRE', msisdn: A, quantity: 1, unit: 'month', net: 0 },
      { code: 'SMS-OVER-ALLOWANCE', msisdn: A, quantity: 30, unit: 'message', net: 270 },
      { code: 'PREPAID-PAID', msisdn: A, quantity: 1, unit: 'item', net: -270 },
    ],
    totals: { net: 270, vat: 59, gross: 329, due: 59 },
    explains: { 'PREPAID-PAID': [`Usage of ${A} in 2026-03 already paid from its prepaid balance`] },
  },
  {
    name: 'deposits larger than the amount due: credited oldest first, the remainder carried over',
    input: input({
      deposits: [
        { depositId: 'd1', msisdn: A, remaining: eur(1000), paidAt: '2026-03-05T10:00:00Z' },
        { depositId: 'd2', msisdn: B, remaining: eur(3000), paidAt: '2026-03-12T10:00:00Z' },
        { depositId: 'd3', msisdn: B, remaining: eur(700), paidAt: '2026-03-13T10:00:00Z' },
      ],
    }),
    // Gross 2440: d1 gives 1000, d2 1440 (1560 left), d3 nothing (700 left).
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'DEPOSIT-CREDIT', msisdn: A, quantity: 1, unit: 'item', net: -1000 },
      { code: 'DEPOSIT-CREDIT', msisdn: B, quantity: 1, unit: 'item', net: -1440 },
    ],
    totals: { net: 2000, vat: 440, gross: 2440, due: 0, depositCredit: 2440 },
    carried: [
      { depositId: 'd2', remaining: 1560 },
      { depositId: 'd3', remaining: 700 },
    ],
    explains: {
      'DEPOSIT-CREDIT': [
        'paid on 2026-03-05, credited on this invoice.',
        '€14.40 credited on this invoice, the remaining €15.60 is carried over',
      ],
    },
  },
  {
    name: 'the previous amount due and the payments of the period',
    input: input({
      previousDue: eur(3000),
      payments: [
        { paymentId: 'p1', amount: eur(2500), receivedAt: '2026-03-09T10:00:00Z' },
        { paymentId: 'p2', amount: eur(200), receivedAt: '2026-03-31T22:30:00Z' },
      ],
    }),
    // 2440 + 3000 − 2500 − 200 = 2740.
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'PREVIOUS-UNPAID', quantity: 1, unit: 'item', net: 3000 },
      { code: 'PAYMENT', quantity: 1, unit: 'item', net: -2500 },
      { code: 'PAYMENT', quantity: 1, unit: 'item', net: -200 },
    ],
    totals: { net: 2000, vat: 440, gross: 2440, due: 2740 },
    // 22:30 UTC on 31 March is 1 April in Ljubljana (summer time).
    explains: { PAYMENT: ['Payment received on 2026-03-09.', 'Payment received on 2026-04-01.'] },
  },
  {
    name: 'payments beyond everything due: nothing due, the excess shown, deposits kept whole',
    input: input({
      payments: [{ paymentId: 'p1', amount: eur(4000), receivedAt: '2026-03-09T10:00:00Z' }],
      deposits: [{ depositId: 'd1', msisdn: A, remaining: eur(1000), paidAt: '2026-03-05T10:00:00Z' }],
    }),
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'PAYMENT', quantity: 1, unit: 'item', net: -4000 },
    ],
    totals: { net: 2000, vat: 440, gross: 2440, due: 0, overpaid: 1560, depositCredit: 0 },
    carried: [{ depositId: 'd1', remaining: 1000 }],
  },
  {
    name: 'VAT rounded once on the sum of the rate, not per line',
    input: input({
      numbers: [
        num({
          plans: [{ plan: 'PRE', from: '2025-01-01' }],
          charges: [fee('CONN', eur(333)), fee('RECONN', eur(333)), fee('HOLDER', eur(334))],
        }),
      ],
    }),
    // Per line: 73.26 + 73.26 + 73.48 → 73 + 73 + 73 = 219; on the sum: 22 % of 1000 = 220.
    lines: [
      { code: 'PRE', msisdn: A, quantity: 1, unit: 'month', net: 0 },
      { code: 'CONN', msisdn: A, quantity: 1, unit: 'item', net: 333 },
      { code: 'RECONN', msisdn: A, quantity: 1, unit: 'item', net: 333 },
      { code: 'HOLDER', msisdn: A, quantity: 1, unit: 'item', net: 334 },
    ],
    totals: { net: 1000, vat: 220, gross: 1220, due: 1220 },
  },
  {
    name: 'VAT half away from zero: 25 % of 0.02 is 0.005, rounded to 0.01',
    input: input({
      tenant: { currency: 'EUR', vatRateBasisPoints: 2500, timeZone: 'Europe/Zagreb' },
      numbers: [num({ plans: [{ plan: 'PRE', from: '2025-01-01' }], charges: [fee('CONN', eur(2))] })],
    }),
    lines: [
      { code: 'PRE', msisdn: A, quantity: 1, unit: 'month', net: 0 },
      { code: 'CONN', msisdn: A, quantity: 1, unit: 'item', net: 2 },
    ],
    totals: { net: 2, vat: 1, gross: 3, due: 3 },
  },
  {
    name: 'the itemized bill when the group asked for it: a line of the group',
    input: input({ group: { groupId: GROUP, language: 'en', itemizedBill: true } }),
    lines: [
      { code: 'M', msisdn: A, quantity: 1, unit: 'month', net: 2000 },
      { code: 'ITEMIZED', quantity: 1, unit: 'item', net: 150 },
    ],
    totals: { net: 2150, vat: 473, gross: 2623, due: 2623 },
    explains: { ITEMIZED: ['A list of every call, message and data session of the month.'] },
  },
  {
    name: 'the group’s language: Slovenian texts and money',
    input: input({
      group: { groupId: GROUP, language: 'sl', itemizedBill: true },
      numbers: [num({ plans: [{ plan: 'M', from: '2026-03-10' }] })],
    }),
    // 22 days: 2000 × 22 / 31 = 1419.35 → 1419.
    lines: [
      { code: 'M', msisdn: A, quantity: 22, unit: 'day', net: 1419 },
      { code: 'ITEMIZED', quantity: 1, unit: 'item', net: 150 },
    ],
    totals: { net: 1569, vat: 345, gross: 1914, due: 1914 },
    explains: {
      M: ['Paket Plan M (sl) od 2026-03-10 do 2026-03-31: 22 od 31 dni', '14,19\u00a0€'],
      ITEMIZED: ['(sl)'],
    },
  },
];

describe('invoice rules: hand-computed cases', () => {
  it.each(cases)('$name', (c) => {
    const inv = computeInvoice(c.input);
    expect(rows(inv.lines)).toEqual(c.lines);
    expect({
      net: inv.totals.net.amount,
      vat: inv.totals.vat.amount,
      gross: inv.totals.gross.amount,
      due: inv.totals.amountDue.amount,
    }).toEqual({ net: c.totals.net, vat: c.totals.vat, gross: c.totals.gross, due: c.totals.due });
    expect(inv.totals.overpaid.amount).toBe(c.totals.overpaid ?? 0);
    if (c.totals.depositCredit !== undefined)
      expect(inv.totals.depositCredit.amount).toBe(c.totals.depositCredit);
    expect(
      inv.depositsCarriedOver.map((d) => ({ depositId: d.depositId, remaining: d.remaining.amount })),
    ).toEqual(c.carried ?? []);
    for (const [code, parts] of Object.entries(c.explains ?? {})) {
      const text = inv.lines
        .filter((l) => l.code === code)
        .map((l) => l.explanation)
        .join(' | ');
      for (const part of parts) expect(text).toContain(part);
    }
  });
});

describe('invoice rules: dates, reference, language, refusals', () => {
  it('issues on the 1st after the period and is due after the tenant’s payment days', () => {
    expect(computeInvoice(input())).toMatchObject({ issueDate: '2026-04-01', dueDate: '2026-04-16' });
    const strict = CatalogSchema.parse({
      ...invoiceCatalogInput,
      policies: { dunning: { paymentDueDays: 8 } },
    });
    expect(computeInvoice(input({ period: '2026-12', catalog: strict }))).toMatchObject({
      issueDate: '2027-01-01',
      dueDate: '2027-01-09',
    });
  });

  it('prorates by the days of the month: February has 28', () => {
    const inv = computeInvoice(
      input({ period: '2026-02', numbers: [num({ plans: [{ plan: 'M', from: '2026-02-15' }] })] }),
    );
    // 14 days of 28: exactly half.
    expect(rows(inv.lines)).toEqual([{ code: 'M', msisdn: A, quantity: 14, unit: 'day', net: 1000 }]);
  });

  it('gives one ISO 11649 reference per group and period, the same every time', () => {
    const ref = computeInvoice(input()).paymentReference;
    expect(isCreditorReference(ref)).toBe(true);
    expect(ref).toBe(invoicePaymentReference(GROUP, '2026-03'));
    expect(ref.slice(4, 10)).toBe('202603');
    expect(invoicePaymentReference(GROUP, '2026-04')).not.toBe(ref);
  });

  it.each([
    ['sl', 'sl'],
    ['pt-PT', 'pt'],
    ['hr', 'hr'],
    ['de', 'en'],
  ])('writes for language %s in %s', (tag, language) => {
    expect(invoiceLanguage(tag)).toBe(language);
  });

  it.each([
    [
      'a plan the catalog does not have',
      input({ numbers: [num({ plans: [{ plan: 'XL', from: '2026-01-01' }] })] }),
    ],
    [
      'an add-on the catalog does not have',
      input({ numbers: [num({ addOns: [{ code: 'NOPE', activatedAt: '2026-01-01' }] })] }),
    ],
    [
      'a charge in another currency',
      input({ numbers: [num({ charges: [fee('CONN', { amount: 100, currency: 'ALL' })] })] }),
    ],
    ['a period that is not YYYY-MM', input({ period: '2026-13' })],
  ])('refuses %s: the group fails alone', (_, bad) => {
    expect(() => computeInvoice(bad)).toThrow(InconsistentInvoiceData);
  });

  it('a fee explained only in English is explained in English on a Slovenian invoice', () => {
    const inv = computeInvoice(
      input({
        group: { groupId: GROUP, language: 'sl', itemizedBill: false },
        numbers: [num({ charges: [fee('CLUB')] })],
      }),
    );
    expect(inv.lines.find((l) => l.code === 'CLUB')).toMatchObject({
      net: eur(300),
      explanation: 'The number joined the group’s business club.',
    });
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

/** A group that makes the engine produce every explanation of ours. */
const everything = (language: string): InvoiceInput =>
  input({
    group: { groupId: GROUP, language, itemizedBill: true },
    previousDue: eur(1000),
    payments: [{ paymentId: 'p1', amount: eur(500), receivedAt: '2026-03-09T10:00:00Z' }],
    deposits: [
      { depositId: 'd1', msisdn: A, remaining: eur(1000), paidAt: '2026-03-05T10:00:00Z' },
      { depositId: 'd2', msisdn: A, remaining: eur(100_000), paidAt: '2026-03-06T10:00:00Z' },
    ],
    numbers: [
      num({
        plans: [
          { plan: 'M', from: '2025-01-01', to: '2026-03-10' },
          { plan: 'L', from: '2026-03-10' },
        ],
        addOns: [
          { code: 'HBO', activatedAt: '2025-01-01' },
          { code: 'EXTRA-SIM', activatedAt: '2026-03-04' },
          { code: 'USA', activatedAt: '2026-03-02' },
        ],
        charges: [
          fee('CONN'),
          fee('CLAW-MF', eur(3500), { formula: '7 × €5.00', remainingMonths: 7, monthlyBenefit: eur(500) }),
        ],
        usage: usage(
          {
            'VOICE-OVER-ALLOWANCE': line('over-allowance', 600, 90),
            'SMS-OVER-ALLOWANCE': line('over-allowance', 2, 18),
            'DATA-OVER-ALLOWANCE': line('over-allowance', 1_048_576, 2),
            'INTL-VOICE-ZONE2': line('international', 60, 49),
            'INTL-SMS-ZONE2': line('international', 1, 15),
            'INTL-DATA-ZONE2': line('international', 1_048_576, 1),
            'ROAMING-VOICE-ROAM-Z2': line('roaming', 60, 99),
            'ROAMING-SMS-ROAM-Z2': line('roaming', 1, 20),
            'ROAMING-DATA-ROAM-Z2': line('roaming', 1_048_576, 50),
            'PREMIUM-CALL-090': line('premium', 60, 99),
            'PREMIUM-MSG-090': line('premium', 1, 99),
            'DONATION-090': line('donation', 1, 100),
            'SOMETHING-NEW': line('over-allowance', 3, 7),
          },
          { packStarts: [{ addOn: 'USA', from: '2026-03-20T10:00:00Z', monthlyFee: eur(1500) }] },
        ),
      }),
      num({
        msisdn: B,
        sharesUnitsOf: A,
        usage: usage({ 'VOICE-OVER-ALLOWANCE': line('over-allowance', 60, 9) }, { paidFromBalance: 9 }),
      }),
    ],
  });

describe('invoice rules: explanations', () => {
  it('every text of ours exists in every language with exactly the English placeholders', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(EXPLANATIONS[language]).sort()).toEqual([...EXPLANATION_KEYS].sort());
      for (const key of EXPLANATION_KEYS) {
        const text = EXPLANATIONS[language][key];
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text).sort(), `${language} ${key}`).toEqual(
          placeholders(EXPLANATIONS.en[key]).sort(),
        );
      }
    }
  });

  it('the engine produces every explanation of ours, and only those', () => {
    const produced = new Set<ExplanationKey>();
    for (const language of LANGUAGES) {
      const inv = computeInvoice(everything(language));
      for (const l of inv.lines) if (l.explanationKey) produced.add(l.explanationKey);
    }
    // `plan.month` and `add-on.month` come from a whole month of a plan and an add-on.
    for (const l of computeInvoice(
      input({ numbers: [num({ addOns: [{ code: 'HBO', activatedAt: '2025-01-01' }] })] }),
    ).lines)
      if (l.explanationKey) produced.add(l.explanationKey);
    expect([...produced].sort()).toEqual([...EXPLANATION_KEYS].sort());
  });

  it.each(LANGUAGES)('every line has a filled explanation in %s, in that language', (language) => {
    const inv = computeInvoice(everything(language));
    expect(inv.language).toBe(language);
    for (const l of inv.lines) {
      expect(l.explanation.trim(), l.code).not.toBe('');
      expect(l.explanation, l.code).not.toMatch(/\{[a-zA-Z]+\}/);
      if (l.explanationKey && language !== 'en')
        expect(l.explanation).not.toBe(
          computeInvoice(everything('en')).lines.find((x) => x.code === l.code && x.msisdn === l.msisdn)
            ?.explanation,
        );
    }
    const codes = new Set(inv.lines.map((l) => l.code));
    for (const code of SETTLEMENT_CODES) expect(codes.has(code), code).toBe(true);
  });
});

// ----- property-style checks ---------------------------------------------------------------------

/** A small deterministic generator (mulberry32), so a failing case can be replayed by its seed. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { int, pick };
}

function randomInput(seed: number): InvoiceInput {
  const g = generator(seed);
  const day = () => `2026-03-${String(g.int(1, 31)).padStart(2, '0')}`;
  const numbers: NumberInput[] = [];
  for (let i = 0; i < g.int(1, 5); i++) {
    const msisdn = `+3864010${String(i).padStart(4, '0')}`;
    const change = g.int(0, 1) ? day() : undefined;
    const plans = change
      ? [
          { plan: g.pick(['M', 'L', 'PRE']), from: '2026-01-01', to: change },
          { plan: g.pick(['M', 'L']), from: change },
        ]
      : [{ plan: g.pick(['M', 'L', 'PRE']), from: g.int(0, 1) ? '2026-01-01' : day() }];
    const spend = g.int(0, 5000);
    numbers.push({
      msisdn,
      plans,
      ...(i > 0 && g.int(0, 3) === 0 ? { sharesUnitsOf: numbers[0]!.msisdn } : {}),
      addOns: g.int(0, 1)
        ? [
            {
              code: g.pick(['HBO', 'EXTRA-SIM', 'USA']),
              activatedAt: day(),
              ...(g.int(0, 1) ? { deactivatedAt: day() } : {}),
            },
          ]
        : [],
      charges: Array.from({ length: g.int(0, 3) }, () =>
        fee(g.pick(['CONN', 'RECONN', 'HOLDER']), eur(g.int(1, 5000))),
      ),
      usage: usage(
        {
          'VOICE-OVER-ALLOWANCE': line('over-allowance', g.int(1, 6000), spend),
          'ROAMING-DATA-ROAM-Z2': line('roaming', g.int(1, 1e8), g.int(0, 3000)),
        },
        {
          paidFromBalance: g.int(0, 1) ? g.int(0, spend) : 0,
          packStarts: [{ addOn: 'USA', from: `${day()}T12:00:00Z`, monthlyFee: eur(1500) }],
        },
      ),
    });
  }
  return input({
    tenant: {
      currency: 'EUR',
      vatRateBasisPoints: g.pick([0, 950, 1800, 2200, 2300, 2500]),
      timeZone: 'Europe/Ljubljana',
    },
    group: {
      groupId: GROUP,
      language: g.pick(['sl', 'sq', 'pt', 'hr', 'en']),
      itemizedBill: g.int(0, 1) === 1,
    },
    numbers,
    previousDue: eur(g.pick([0, g.int(1, 20_000)])),
    payments: Array.from({ length: g.int(0, 2) }, (_, k) => ({
      paymentId: `p${k}`,
      amount: eur(g.int(1, 30_000)),
      receivedAt: `${day()}T09:00:00Z`,
    })),
    deposits: Array.from({ length: g.int(0, 3) }, (_, k) => ({
      depositId: `d${k}`,
      msisdn: numbers[0]!.msisdn,
      remaining: eur(g.int(1, 20_000)),
      paidAt: `${day()}T09:00:00Z`,
    })),
  });
}

describe('invoice rules: properties over generated groups', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

  it.each(seeds.map((s) => [s]))(
    'seed %i: totals are the sum of the lines, nothing due below zero',
    (seed) => {
      const inp = randomInput(seed);
      const inv = computeInvoice(inp);
      const charged = inv.lines.filter((l) => l.kind !== 'settlement');
      const settled = inv.lines.filter((l) => l.kind === 'settlement');
      const total = (ls: InvoiceLine[]) => ls.reduce((s, l) => s + l.net.amount, 0);

      for (const l of inv.lines) expect(Number.isSafeInteger(l.net.amount)).toBe(true);
      expect(inv.totals.net.amount).toBe(total(charged));
      expect(inv.vat.reduce((s, v) => s + v.base.amount, 0)).toBe(inv.totals.net.amount);
      for (const v of inv.vat) expect(v.vat).toEqual(percentOf(v.base, v.rateBasisPoints));
      expect(inv.totals.vat.amount).toBe(inv.vat.reduce((s, v) => s + v.vat.amount, 0));
      expect(inv.totals.gross.amount).toBe(inv.totals.net.amount + inv.totals.vat.amount);
      expect(settled.every((l) => l.vatRateBasisPoints === null)).toBe(true);

      // What is due, or overpaid, is the gross plus the settlement lines.
      expect(inv.totals.amountDue.amount).toBeGreaterThanOrEqual(0);
      expect(inv.totals.overpaid.amount).toBeGreaterThanOrEqual(0);
      expect(inv.totals.amountDue.amount - inv.totals.overpaid.amount).toBe(
        inv.totals.gross.amount + total(settled),
      );
      expect(inv.totals.amountDue.amount === 0 || inv.totals.overpaid.amount === 0).toBe(true);

      // A deposit is either credited or carried over, never lost and never used twice.
      const remaining = inp.deposits.reduce((s, d) => s + d.remaining.amount, 0);
      const carried = inv.depositsCarriedOver.reduce((s, d) => s + d.remaining.amount, 0);
      expect(inv.totals.depositCredit.amount + carried).toBe(remaining);
      expect(0 - total(settled.filter((l) => l.code === 'DEPOSIT-CREDIT'))).toBe(
        inv.totals.depositCredit.amount,
      );
      if (carried > 0) expect(inv.totals.amountDue.amount).toBe(0);

      // A number's prorated plan lines never exceed its dearest plan's fee (plus half a cent per line).
      for (const n of inp.numbers) {
        const planLines = charged.filter((l) => l.msisdn === n.msisdn && l.kind === 'plan');
        expect(
          planLines.reduce((s, l) => s + l.quantity * (l.unit === 'month' ? 31 : 1), 0),
        ).toBeLessThanOrEqual(31);
      }
    },
  );
});
