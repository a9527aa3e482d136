import type { InvoiceDocument, ItemizedNumber } from '../../shared/invoices/document.ts';
import { computeInvoice, type InvoiceInput } from '../../shared/invoices/domain.ts';
import type { RatedRecord } from '../../shared/usage/ports.ts';
import { invoiceCatalog } from './invoice-catalog.ts';

/**
 * A whole issued invoice for the renderers' tests (PDF, UBL, JSON): a Croatian group in March 2026
 * with a prorated plan change, an add-on, a connection fee and a clawback, usage at home, in
 * zone 2 and roaming, a prepaid number, a deposit and a previous amount due. Names carry
 * č ć đ š ž so a font that cannot show them is caught.
 */

const eur = (amount: number) => ({ amount, currency: 'EUR' });
export const SAMPLE_GROUP = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const ADMIN = '+385911000001';
const MEMBER = '+385911000002';
const PREPAID = '+385911000003';

export const sampleInvoiceInput = (over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  tenant: { currency: 'EUR', vatRateBasisPoints: 2500, timeZone: 'Europe/Zagreb' },
  period: '2026-03',
  catalog: invoiceCatalog,
  group: { groupId: SAMPLE_GROUP, language: 'hr', itemizedBill: true },
  numbers: [
    {
      msisdn: ADMIN,
      plans: [
        { plan: 'M', from: '2025-11-03T09:00:00Z', to: '2026-03-10T08:00:00Z' },
        { plan: 'L', from: '2026-03-10T08:00:00Z' },
      ],
      addOns: [{ code: 'HBO', activatedAt: '2026-01-01T00:00:00Z' }],
      charges: [
        {
          chargeId: 'c1',
          code: 'CLAW-MF',
          kind: 'clawback-monthly-fee',
          explanation: invoiceCatalog.fees.find((f) => f.code === 'CLAW-MF')!.explanation,
          amount: eur(3500),
          detail: { formula: '7 × €5.00', remainingMonths: 7, monthlyBenefit: eur(500) },
        },
      ],
      usage: {
        lines: {
          'VOICE-OVER-ALLOWANCE': { category: 'over-allowance', quantity: 1800, amount: 270, records: 4 },
          'INTL-VOICE-ZONE2': { category: 'international', quantity: 600, amount: 490, records: 2 },
          'ROAMING-DATA-ROAM-Z2': { category: 'roaming', quantity: 52_428_800, amount: 2500, records: 3 },
        },
        packStarts: [],
        paidFromBalance: 0,
      },
    },
    {
      msisdn: MEMBER,
      plans: [{ plan: 'M', from: '2026-03-05T10:00:00Z' }],
      addOns: [],
      charges: [
        {
          chargeId: 'c2',
          code: 'CONN',
          kind: 'connection',
          explanation: invoiceCatalog.fees.find((f) => f.code === 'CONN')!.explanation,
          amount: eur(1999),
        },
      ],
    },
    {
      msisdn: PREPAID,
      plans: [{ plan: 'PRE', from: '2025-06-01T00:00:00Z' }],
      addOns: [],
      charges: [],
      usage: {
        lines: {
          'SMS-OVER-ALLOWANCE': { category: 'over-allowance', quantity: 20, amount: 180, records: 20 },
        },
        packStarts: [],
        paidFromBalance: 180,
      },
    },
  ],
  deposits: [{ depositId: 'd1', msisdn: MEMBER, remaining: eur(1000), paidAt: '2026-03-12T10:00:00Z' }],
  previousDue: eur(1250),
  payments: [{ paymentId: 'p1', amount: eur(1250), receivedAt: '2026-03-14T09:00:00Z' }],
  ...over,
});

export function sampleInvoiceDocument(over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return invoiceDocumentOf(sampleInvoiceInput(), over);
}

/** The sample's parties, number and payment means around the invoice computed from any input. */
export function invoiceDocumentOf(input: InvoiceInput, over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const result = computeInvoice(input);
  return {
    ...result,
    tenantId: 'jadran',
    groupId: input.group.groupId,
    invoiceId: `${input.period}-${input.group.groupId}`,
    number: 'JAD-2026-000042',
    series: { prefix: 'JAD-', year: 2026, sequence: 42 },
    seller: {
      legalName: 'Jadran Telekom d.d.',
      vatId: 'HR12345678903',
      registrationNumber: '080123456',
      address: { street: 'Ulica Ivana Lučića 2', postalCode: '10000', city: 'Zagreb', country: 'HR' },
      email: 'racuni@jadran.example',
      iban: 'HR1210010051863000160',
      bic: 'ZABAHR2X',
      creditorId: 'HR19ZZZ12345678903',
    },
    buyer: {
      legalName: 'Građevina Čakovec d.o.o.',
      vatId: 'HR69435151530',
      registrationNumber: '070099887',
      address: { street: 'Šetalište Žarka Đurića 7', postalCode: '40000', city: 'Čakovec', country: 'HR' },
      email: 'financije@gradevina-cakovec.example',
    },
    paymentMeans: {
      kind: 'direct-debit',
      debtorIban: 'HR1723600001101234565',
      mandateReference: 'MND-2025-0001',
      mandateSignedOn: '2025-10-20',
    },
    issuedAt: '2026-03-31T22:00:05Z',
    runId: 'jadran-2026-03',
    ...over,
  };
}

/** A few rated records of the admin for the itemized specification. */
export function sampleItemized(): ItemizedNumber[] {
  const base = {
    tenantId: 'jadran',
    groupId: SAMPLE_GROUP,
    period: '2026-03',
    msisdn: ADMIN,
    catalogVersion: 1,
    parts: [],
    ratedAt: '2026-03-02T10:00:00Z',
  };
  const records: RatedRecord[] = [
    {
      ...base,
      recordId: 'r1',
      type: 'voice',
      startedAt: '2026-03-02T09:15:00Z',
      quantity: 420,
      counterpart: '+38761111222',
      lineCode: 'INTL-VOICE-ZONE2',
      category: 'international',
      charge: eur(343),
    },
    {
      ...base,
      recordId: 'r2',
      type: 'data',
      startedAt: '2026-03-18T11:00:00Z',
      quantity: 20_971_520,
      visitedCountry: 'RS',
      lineCode: 'ROAMING-DATA-ROAM-Z2',
      category: 'roaming',
      charge: eur(1000),
    },
  ];
  return [{ msisdn: ADMIN, records }];
}
