import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceDocument } from '../../shared/invoices/document.ts';
import { escapeXml, invoiceUbl } from '../../shared/invoices/ubl.ts';
import { invoiceDocumentOf, sampleInvoiceDocument, sampleInvoiceInput } from '../support/invoice-document.ts';
import { validationDir } from '../support/validation.ts';

const run = promisify(execFile);
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const sample = sampleInvoiceInput();
const [admin, member, prepaidNumber] = sample.numbers as [
  (typeof sample.numbers)[number],
  (typeof sample.numbers)[number],
  (typeof sample.numbers)[number],
];

/** One number on plan M for the whole month and 10.00 of usage, of which `paid` came from its prepaid balance. */
const smallGroup = (paid: number) => [
  {
    msisdn: admin.msisdn,
    plans: [{ plan: 'M', from: '2025-01-01T00:00:00Z' }],
    addOns: [],
    charges: [],
    usage: {
      lines: {
        'VOICE-OVER-ALLOWANCE': {
          category: 'over-allowance' as const,
          quantity: 6000,
          amount: 1000,
          records: 9,
        },
      },
      packStarts: [],
      paidFromBalance: paid,
    },
  },
];

const TRICKY = 'Tom & Jerry <paket> "HD" i \'kids\' & više';

const cases: Record<string, InvoiceDocument> = {
  sample: sampleInvoiceDocument(),
  'credit-transfer': sampleInvoiceDocument({ paymentMeans: { kind: 'credit-transfer' } }),
  'plans-only': invoiceDocumentOf(
    sampleInvoiceInput({
      group: { ...sample.group, itemizedBill: false },
      numbers: [
        { ...admin, addOns: [], charges: [], usage: undefined },
        { ...member, charges: [] },
      ],
      deposits: [],
      previousDue: eur(0),
      payments: [],
    }),
  ),
  // Gross 37.50; prepaid 10.00 and a deposit of 30.00 exceed it; the rest of the deposit went to the previous 50.00.
  'prepaid-heavy': invoiceDocumentOf(
    sampleInvoiceInput({
      group: { ...sample.group, itemizedBill: false },
      numbers: smallGroup(1000),
      deposits: [
        { depositId: 'd9', msisdn: admin.msisdn, remaining: eur(3000), paidAt: '2026-02-10T10:00:00Z' },
      ],
      previousDue: eur(5000),
      payments: [],
    }),
  ),
  // More paid from the prepaid balance than the invoice is worth, and a payment: the account is in credit.
  'prepaid-over-gross': invoiceDocumentOf(
    sampleInvoiceInput({
      group: { ...sample.group, language: 'en', itemizedBill: false },
      numbers: smallGroup(6000),
      deposits: [],
      previousDue: eur(0),
      payments: [{ paymentId: 'p7', amount: eur(2000), receivedAt: '2026-03-03T08:00:00Z' }],
    }),
    { paymentMeans: { kind: 'credit-transfer' } },
  ),
  'zero-vat': invoiceDocumentOf(
    sampleInvoiceInput({
      tenant: { ...sample.tenant, vatRateBasisPoints: 0 },
      group: { ...sample.group, language: 'pt-PT' },
    }),
  ),
  'special-characters': invoiceDocumentOf(
    sampleInvoiceInput({
      numbers: [
        {
          ...admin,
          charges: [
            {
              chargeId: 'c9',
              code: 'HOLDER',
              kind: 'change-of-holder',
              explanation: { en: TRICKY, hr: TRICKY },
              amount: eur(500),
            },
          ],
        },
        member,
        prepaidNumber,
      ],
    }),
    {
      buyer: {
        legalName: 'Kovač & sinovi <d.o.o.> "Mali" \'K\'',
        vatId: 'HR69435151530',
        address: { street: 'Ulica 1 & 2', postalCode: '10000', city: 'Zagreb', country: 'HR' },
      },
    },
  ),
};

// ----- reading the XML back ----------------------------------------------------------------------

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** `12.34` → 1234, `-0.05` → −5 (exactly two decimals, as we write them). */
function minor(s: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an amount with two decimals: ${s}`);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}

/** 1234 → `12.34` (non-negative). */
const decimal = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** `21` → 2100, `33.33` → 3333, `-1` → −100. */
function hundredths(s: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not a quantity: ${s}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

const section = (xml: string, name: string): string => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) throw new Error(`no ${name}`);
  return m[1]!;
};
const all = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);
const text = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`).exec(xml);
  return m ? unescapeXml(m[1]!) : undefined;
};
const amountOf = (xml: string, name: string): number | undefined => {
  const m = new RegExp(`<${name} currencyID="EUR">([^<]*)</${name}>`).exec(xml);
  return m ? minor(m[1]!) : undefined;
};

function totalsOf(xml: string) {
  const lmt = section(xml, 'cac:LegalMonetaryTotal');
  const taxTotal = section(xml, 'cac:TaxTotal');
  return {
    lineExtension: amountOf(lmt, 'cbc:LineExtensionAmount'),
    taxExclusive: amountOf(lmt, 'cbc:TaxExclusiveAmount'),
    taxInclusive: amountOf(lmt, 'cbc:TaxInclusiveAmount'),
    prepaid: amountOf(lmt, 'cbc:PrepaidAmount') ?? 0,
    payable: amountOf(lmt, 'cbc:PayableAmount'),
    tax: amountOf(taxTotal.split('<cac:TaxSubtotal>')[0]!, 'cbc:TaxAmount'),
    subtotals: all(taxTotal, 'cac:TaxSubtotal').map((s) => ({
      base: amountOf(s, 'cbc:TaxableAmount'),
      vat: amountOf(s, 'cbc:TaxAmount'),
      category: text(s, 'cbc:ID'),
      percent: text(s, 'cbc:Percent'),
      exemption: text(s, 'cbc:TaxExemptionReason'),
    })),
  };
}

function linesOf(xml: string) {
  return all(xml, 'cac:InvoiceLine').map((l) => {
    const q = /<cbc:InvoicedQuantity unitCode="([^"]+)">([^<]*)<\/cbc:InvoicedQuantity>/.exec(l)!;
    return {
      unitCode: q[1]!,
      quantity: hundredths(q[2]!),
      net: amountOf(l, 'cbc:LineExtensionAmount')!,
      price: amountOf(l, 'cbc:PriceAmount')!,
      name: text(l, 'cbc:Name')!,
      description: text(l, 'cbc:Description')!,
      category: text(section(l, 'cac:ClassifiedTaxCategory'), 'cbc:ID'),
    };
  });
}

// ----- the validators, once for all files --------------------------------------------------------

interface Failure {
  id: string;
  flag: string;
  text: string;
}

function failuresOf(svrl: string): Failure[] {
  return [...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map((m) => ({
    id: /\bid="([^"]*)"/.exec(m[1]!)?.[1] ?? '?',
    flag: /\bflag="([^"]*)"/.exec(m[1]!)?.[1] ?? '?',
    text: unescapeXml(/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(m[2]!)?.[1] ?? '').trim(),
  }));
}

const fatal = (failures: Failure[]) => failures.filter((f) => f.flag === 'fatal');
const explainFailures = (failures: Failure[]) => failures.map((f) => `${f.id} ${f.text}`).join('\n');

const validation = validationDir();
const work = mkdtempSync(join(tmpdir(), 'invoice-ubl-'));
const invoicesDir = join(work, 'invoices');
const svrlDir = join(work, 'svrl');
const schemaNegativeFile = join(work, 'schema-negative.xml');
const xml: Record<string, string> = {};
const rules: Record<string, Failure[]> = {};
let schemaReport = '';

beforeAll(async () => {
  mkdirSync(invoicesDir);
  mkdirSync(svrlDir);
  for (const [name, doc] of Object.entries(cases)) xml[name] = invoiceUbl(doc);
  const good = xml.sample!;
  const broken: Record<string, string> = {
    'broken-payable': good.replace(
      /<cbc:PayableAmount currencyID="EUR">([^<]*)</,
      (_, v: string) => `<cbc:PayableAmount currencyID="EUR">${decimal(minor(v) + 1)}<`,
    ),
    'broken-seller-vat': good.replace(/<cac:PartyTaxScheme>[\s\S]*?<\/cac:PartyTaxScheme>/, ''),
  };
  for (const [name, content] of [...Object.entries(xml), ...Object.entries(broken)])
    writeFileSync(join(invoicesDir, `${name}.xml`), content);
  writeFileSync(schemaNegativeFile, good.replace(/<cbc:IssueDate>[^<]*<\/cbc:IssueDate>/, ''));

  const schema = run('xmllint', [
    '--noout',
    '--schema',
    join(validation, 'ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd'),
    ...Object.keys(cases).map((n) => join(invoicesDir, `${n}.xml`)),
    schemaNegativeFile,
  ]).then(
    (r) => r.stderr,
    (e: { stderr?: string }) => e.stderr ?? String(e),
  );
  const saxon = run('java', [
    '-jar',
    '/usr/share/java/Saxon-HE.jar',
    `-s:${invoicesDir}`,
    `-xsl:${join(validation, 'en16931-ubl/EN16931-UBL-validation.xslt')}`,
    `-o:${svrlDir}`,
  ]).then(
    () => '',
    (e: { stderr?: string }) => e.stderr ?? String(e),
  );
  let saxonError: string;
  [schemaReport, saxonError] = await Promise.all([schema, saxon]);
  for (const name of [...Object.keys(cases), ...Object.keys(broken)]) {
    const report = join(svrlDir, `${name}.xml`);
    rules[name] = existsSync(report)
      ? failuresOf(readFileSync(report, 'utf8'))
      : [{ id: 'no SVRL report', flag: 'fatal', text: saxonError }];
  }
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the UBL e-invoice', () => {
  it.each(Object.keys(cases))('%s is valid UBL 2.1', (name) => {
    expect(schemaReport, schemaReport).toContain(`${join(invoicesDir, `${name}.xml`)} validates`);
  });

  it('the schema check can fail: an invoice without an issue date does not validate', () => {
    expect(schemaReport).toContain(`${schemaNegativeFile} fails to validate`);
  });

  it.each(Object.keys(cases))('%s passes the EN 16931 rules', (name) => {
    const failures = fatal(rules[name]!);
    expect(failures, explainFailures(failures)).toEqual([]);
    // The rules did run on it: the SVRL of a valid invoice still lists the rules that fired.
    expect(readFileSync(join(svrlDir, `${name}.xml`), 'utf8')).toContain('<svrl:fired-rule');
  });

  it('the rules can fail: a payable amount one cent off and a missing seller VAT id are reported', () => {
    expect(fatal(rules['broken-payable']!).map((f) => f.id)).toContain('BR-CO-16');
    expect(fatal(rules['broken-seller-vat']!).map((f) => f.id)).toContain('BR-S-02');
  });

  it.each(Object.keys(cases))('%s carries the document’s totals and VAT exactly', (name) => {
    const doc = cases[name]!;
    const t = totalsOf(xml[name]!);
    expect(t.lineExtension).toBe(doc.totals.net.amount);
    expect(t.taxExclusive).toBe(doc.totals.net.amount);
    expect(t.tax).toBe(doc.totals.vat.amount);
    expect(t.taxInclusive).toBe(doc.totals.gross.amount);
    expect(t.payable).toBe(t.taxInclusive! - t.prepaid);
    expect(t.payable).toBeGreaterThanOrEqual(0);
    expect(t.subtotals.map((s) => [s.base, s.vat])).toEqual(
      doc.vat.map((v) => [v.base.amount, v.vat.amount]),
    );

    const lines = linesOf(xml[name]!);
    const charged = doc.lines.filter((l) => l.kind !== 'settlement');
    expect(lines.map((l) => l.net)).toEqual(charged.map((l) => l.net.amount));
    expect(lines.map((l) => l.description)).toEqual(charged.map((l) => l.explanation));
    for (const l of lines) expect(l.quantity * l.price).toBe(l.net * 100);
  });

  it('counts prepaid usage and the deposit credit as paid toward the invoice, the previous balance and payments not', () => {
    const doc = cases.sample!;
    const t = totalsOf(xml.sample!);
    expect(doc.totals.prepaidPaid.amount).toBe(180);
    expect(doc.totals.depositCredit.amount).toBe(1000);
    expect(t.prepaid).toBe(1180);
    expect(t.payable).toBe(doc.totals.gross.amount - 1180);
    // Previous due 12.50 and a payment of 12.50 cancel out here, so the account owes the same.
    expect(t.payable).toBe(doc.totals.amountDue.amount);
    const note = text(xml.sample!, 'cbc:Note')!;
    expect(note).toContain('neplaćeno s prethodnog računa 12,50');
    expect(note).toContain('primljene uplate 12,50');
  });

  it('caps what was paid toward the invoice at its gross; the rest stays on the statement of account', () => {
    const heavy = cases['prepaid-heavy']!;
    expect(heavy.totals.gross.amount).toBe(3750);
    expect(heavy.totals.prepaidPaid.amount + heavy.totals.depositCredit.amount).toBeGreaterThan(3750);
    expect(heavy.totals.amountDue.amount).toBe(4750);
    const t = totalsOf(xml['prepaid-heavy']!);
    expect(t.prepaid).toBe(3750);
    expect(t.payable).toBe(0);
    expect(text(xml['prepaid-heavy']!, 'cbc:Note')).toContain('ukupno za platiti 47,50');

    const over = cases['prepaid-over-gross']!;
    expect(over.totals.prepaidPaid.amount).toBeGreaterThan(over.totals.gross.amount);
    const o = totalsOf(xml['prepaid-over-gross']!);
    expect([o.prepaid, o.payable]).toEqual([over.totals.gross.amount, 0]);
    // 37.50 − 60.00 paid from the balance − a payment of 20.00.
    expect(over.totals.overpaid.amount).toBe(4250);
    expect(text(xml['prepaid-over-gross']!, 'cbc:Note')).toContain('Credit in your favour: €42.50.');
  });

  it('an invoice with nothing paid before it has no prepaid amount and is payable in full', () => {
    const t = totalsOf(xml['plans-only']!);
    expect(xml['plans-only']).not.toContain('PrepaidAmount');
    expect(t.payable).toBe(cases['plans-only']!.totals.gross.amount);
    expect(linesOf(xml['plans-only']!).every((l) => /^(M|L) \+385/.test(l.name))).toBe(true);
  });

  it('has one line per charged line, never a settlement line, named by code and number', () => {
    const lines = linesOf(xml.sample!);
    expect(lines.map((l) => l.name)).toEqual(
      cases
        .sample!.lines.filter((l) => l.kind !== 'settlement')
        .map((l) => (l.msisdn ? `${l.code} ${l.msisdn}` : l.code)),
    );
    expect(lines.some((l) => /PREPAID-PAID|PREVIOUS-UNPAID|PAYMENT|DEPOSIT-CREDIT/.test(l.name))).toBe(false);
    expect(lines.every((l) => l.category === 'S')).toBe(true);
  });

  it('keeps quantity, unit and price where they multiply exactly, else one item at the net amount', () => {
    const byName = new Map(linesOf(xml.sample!).map((l) => [l.name, l]));
    // Clawback: 7 months × 5.00.
    expect(byName.get('CLAW-MF +385911000001')).toMatchObject({ unitCode: 'MON', quantity: 700, price: 500 });
    // Calls beyond the allowance: 30 minutes × 0.09; roaming data: 50 MB × 0.50.
    expect(byName.get('VOICE-OVER-ALLOWANCE +385911000001')).toMatchObject({
      unitCode: 'MIN',
      quantity: 3000,
      price: 9,
    });
    expect(byName.get('ROAMING-DATA-ROAM-Z2 +385911000001')).toMatchObject({
      unitCode: '4L',
      quantity: 5000,
      price: 50,
    });
    // A whole month of the add-on.
    expect(byName.get('HBO +385911000001')).toMatchObject({ unitCode: 'MON', quantity: 100, price: 930 });
    // Plan M for 9 of 31 days: 20.00 × 9 / 31 = 5.81, one item; the days are in the description.
    const prorated = byName.get('M +385911000001')!;
    expect(prorated).toMatchObject({ unitCode: 'C62', quantity: 100, price: 581, net: 581 });
    expect(prorated.description).toContain('9 od 31 dana');
  });

  it('pays by SEPA direct debit with the mandate and the creditor id, or by credit transfer to the seller', () => {
    const dd = section(xml.sample!, 'cac:PaymentMeans');
    expect(text(dd, 'cbc:PaymentMeansCode')).toBe('59');
    expect(text(section(dd, 'cac:PaymentMandate'), 'cbc:ID')).toBe('MND-2025-0001');
    expect(text(section(dd, 'cac:PayerFinancialAccount'), 'cbc:ID')).toBe('HR1723600001101234565');
    expect(section(xml.sample!, 'cac:AccountingSupplierParty')).toContain(
      '<cbc:ID schemeID="SEPA">HR19ZZZ12345678903</cbc:ID>',
    );

    const ct = section(xml['credit-transfer']!, 'cac:PaymentMeans');
    expect(text(ct, 'cbc:PaymentMeansCode')).toBe('58');
    expect(text(ct, 'cbc:PaymentID')).toBe(cases['credit-transfer']!.paymentReference);
    expect(text(section(ct, 'cac:PayeeFinancialAccount'), 'cbc:ID')).toBe('HR1210010051863000160');
    expect(xml['credit-transfer']).not.toContain('schemeID="SEPA"');
    expect(text(section(xml['credit-transfer']!, 'cac:PaymentTerms'), 'cbc:Note')).toContain(
      cases['credit-transfer']!.paymentReference,
    );
  });

  it('writes a 0 % VAT rate as zero rated, without an exemption reason', () => {
    const t = totalsOf(xml['zero-vat']!);
    expect(t.subtotals).toEqual([
      { base: t.lineExtension, vat: 0, category: 'Z', percent: '0.00', exemption: undefined },
    ]);
    expect(t.tax).toBe(0);
    expect(linesOf(xml['zero-vat']!).every((l) => l.category === 'Z')).toBe(true);
    expect(text(xml['zero-vat']!, 'cbc:Note')).toMatch(/^Extrato de conta/);
  });

  it('escapes & < > " \' in line texts and party names', () => {
    const x = xml['special-characters']!;
    expect(x).toContain('Tom &amp; Jerry &lt;paket&gt; &quot;HD&quot; i &apos;kids&apos; &amp; više');
    expect(x).not.toContain(TRICKY);
    expect(linesOf(x).some((l) => l.description === TRICKY)).toBe(true);
    expect(text(section(x, 'cac:AccountingCustomerParty'), 'cbc:RegistrationName')).toBe(
      'Kovač & sinovi <d.o.o.> "Mali" \'K\'',
    );
    // Characters XML cannot carry at all are dropped; emoji (surrogate pairs) are kept.
    expect(escapeXml('a\u0001b\u001Fc\uFFFE\uD800d 📞')).toBe('abcd 📞');
  });
});
