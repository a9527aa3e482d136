import { execFileSync } from 'node:child_process';
import { composeIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { DirectDebitFileRejected, localDirectDebitBank, RETURN_REASONS } from '../../shared/invoices/bank.ts';
import {
  checkPain008,
  collectionOf,
  decimalAmount,
  InvalidCollection,
  isCreditorIdentifier,
  pain008Xml,
  sepaText,
} from '../../shared/invoices/direct-debit.ts';
import type { InvoiceDocument } from '../../shared/invoices/document.ts';
import { invoicePaymentReference } from '../../shared/invoices/domain.ts';
import { sampleInvoiceDocument } from '../support/invoice-document.ts';

/**
 * The monthly SEPA Core collection file (`shared/invoices/direct-debit.ts`) and the local bank
 * (`shared/invoices/bank.ts`), from issued invoices built on the sample invoice. The sample's due
 * date is 2026-04-16; the file is made on the morning of the 1st.
 */

const eur = (amount: number) => ({ amount, currency: 'EUR' });
/** Valid creditor identifier of the sample operator (HR, business code ZZZ, its OIB). */
const CREDITOR_ID = 'HR19ZZZ12345678903';
const AT = { messageId: 'JAD-DD-2026-04-01', createdAt: '2026-04-01T06:00:00Z' };
const XMLLINT = '/usr/bin/xmllint';

/** A valid German IBAN per account number (the check digits computed by ibantools). */
const debtorIban = (n: number): string =>
  composeIBAN({ countryCode: 'DE', bban: `37040044${String(n).padStart(10, '0')}` })!;

function invoice(n: number, amountDue: number, over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const base = sampleInvoiceDocument();
  const groupId = `01JGRP${String(n).padStart(20, '0')}`;
  return sampleInvoiceDocument({
    groupId,
    invoiceId: `2026-03-${groupId}`,
    number: `JAD-2026-${String(n).padStart(6, '0')}`,
    paymentReference: invoicePaymentReference(groupId, '2026-03'),
    totals: { ...base.totals, amountDue: eur(amountDue) },
    paymentMeans: {
      kind: 'direct-debit',
      debtorIban: debtorIban(n),
      mandateReference: `MND-2025-${String(n).padStart(4, '0')}`,
      mandateSignedOn: '2025-10-20',
    },
    seller: { ...base.seller, creditorId: CREDITOR_ID },
    ...over,
  });
}

const withBuyer = (n: number, amount: number, legalName: string) =>
  invoice(n, amount, { buyer: { ...sampleInvoiceDocument().buyer, legalName } });

/** Four debits (one Croatian, one Albanian buyer), one credit transfer and one invoice with nothing due. */
const month = (): InvoiceDocument[] => [
  withBuyer(1, 16_998, 'Građevina Čakovec d.o.o.'),
  withBuyer(2, 4_250, 'Shoqëria Çelësi & Bijtë sh.p.k.'),
  invoice(3, 100_000),
  invoice(4, 1),
  invoice(5, 7_700, { paymentMeans: { kind: 'credit-transfer' } }),
  invoice(6, 0),
];
const AMOUNTS = [16_998, 4_250, 100_000, 1];

/** The texts of every `<name>` element of the file, in order. */
const values = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);
const blocksOf = (xml: string): string[] => xml.match(/<PmtInf>[\s\S]*?<\/PmtInf>/g) ?? [];

describe('collectionOf', () => {
  it('takes the direct-debit invoices with an amount due and leaves out the others with their reason', () => {
    const c = collectionOf(month(), AT);
    expect(c.transactions.map((t) => t.endToEndId)).toEqual([
      'JAD-2026-000001',
      'JAD-2026-000002',
      'JAD-2026-000003',
      'JAD-2026-000004',
    ]);
    expect(c.transactions.map((t) => t.amount)).toEqual(AMOUNTS.map(eur));
    expect(c.total).toEqual(eur(AMOUNTS.reduce((a, b) => a + b, 0)));
    expect(c.leftOut).toEqual([
      { invoiceId: `2026-03-01JGRP${'5'.padStart(20, '0')}`, reason: 'not-direct-debit' },
      { invoiceId: `2026-03-01JGRP${'6'.padStart(20, '0')}`, reason: 'nothing-due' },
    ]);
    expect(c.collectionDate).toBe('2026-04-16');
    expect(c.creditor).toMatchObject({
      iban: 'HR1210010051863000160',
      bic: 'ZABAHR2X',
      creditorId: CREDITOR_ID,
    });
  });

  it('sends every debit as RCUR unless its mandate is known never to have been collected', () => {
    expect(collectionOf(month(), AT).transactions.map((t) => t.sequenceType)).toEqual([
      'RCUR',
      'RCUR',
      'RCUR',
      'RCUR',
    ]);
    const c = collectionOf(month(), { ...AT, firstCollections: ['MND-2025-0003'] });
    expect(c.transactions.map((t) => t.sequenceType)).toEqual(['RCUR', 'RCUR', 'FRST', 'RCUR']);
  });

  it('leaves out a debit the bank would reject: bad debtor IBAN, a mandate signed after the file, a name with no SEPA letters', () => {
    const c = collectionOf(
      [
        invoice(1, 100),
        invoice(2, 200, {
          paymentMeans: {
            kind: 'direct-debit',
            debtorIban: 'DE00370400440000000002',
            mandateReference: 'M-2',
            mandateSignedOn: '2025-01-01',
          },
        }),
        invoice(3, 300, {
          paymentMeans: {
            kind: 'direct-debit',
            debtorIban: debtorIban(3),
            mandateReference: 'M-3',
            mandateSignedOn: '2026-04-02',
          },
        }),
        invoice(4, 400, {
          paymentMeans: {
            kind: 'direct-debit',
            debtorIban: debtorIban(4),
            mandateReference: 'M_4',
            mandateSignedOn: '2025-01-01',
          },
        }),
        withBuyer(5, 500, 'Связь'),
      ],
      AT,
    );
    expect(c.transactions.map((t) => t.amount.amount)).toEqual([100]);
    expect(c.leftOut.map((l) => l.reason)).toEqual([
      'invalid-debtor-iban',
      'invalid-mandate',
      'invalid-mandate',
      'invalid-debtor-name',
    ]);
  });

  it('refuses invoices that cannot make one file', () => {
    const refused =
      (invoices: InvoiceDocument[], at = AT) =>
      () =>
        collectionOf(invoices, at);
    expect(refused([])).toThrow(InvalidCollection);
    expect(refused([invoice(1, 100), invoice(2, 100, { tenantId: 'alpina' })])).toThrow(/several tenants/);
    expect(refused([invoice(1, 100), invoice(2, 100, { dueDate: '2026-04-20' })])).toThrow(
      /several due dates/,
    );
    expect(
      refused([
        invoice(1, 100, {
          currency: 'ALL',
          totals: { ...invoice(1, 1).totals, amountDue: { amount: 100, currency: 'ALL' } },
        }),
      ]),
    ).toThrow(/EUR only/);
    const noCreditorId = invoice(1, 100);
    noCreditorId.seller = { ...noCreditorId.seller, creditorId: undefined };
    expect(refused([noCreditorId])).toThrow(/creditor identifier/);
    const badCheckDigits = invoice(1, 100);
    badCheckDigits.seller = { ...badCheckDigits.seller, creditorId: 'HR98ZZZ12345678903' };
    expect(refused([badCheckDigits])).toThrow(/creditor identifier/);
    expect(refused([invoice(1, 100, { dueDate: '2026-04-01' })])).toThrow(/not after the creation date/);
    expect(refused([invoice(1, 100), invoice(1, 200)])).toThrow(/given twice/);
    expect(refused([invoice(1, 100)], { ...AT, messageId: 'a message id with spaces' })).toThrow(
      /message id/,
    );
    expect(refused([invoice(1, 100)], { ...AT, createdAt: '1 April 2026' })).toThrow(/ISO 8601/);
  });
});

describe('SEPA text', () => {
  it('spells Croatian, Slovenian, Albanian and Portuguese letters in the SEPA set and drops the rest', () => {
    expect(sepaText('čćđšž ČĆĐŠŽ', 70)).toBe('ccdsz CCDSZ');
    expect(sepaText('ë ç ã õ é ß', 70)).toBe('e c a o e ss');
    expect(sepaText('Tele <Com> "Ltd" & Co_ 😀 №1;', 70)).toBe("Tele Com 'Ltd' + Co- 1");
    expect(sepaText(`  ${'A'.repeat(80)}  `, 70)).toBe('A'.repeat(70));
  });

  it('is the only text in the file: buyer names transliterated, capped at 70, escaped', () => {
    const long = `Društvo za telekomunikacijske usluge i inženjering ${'Đ'.repeat(40)}`;
    const xml = pain008Xml(
      collectionOf(
        [...month().slice(0, 2), withBuyer(7, 500, long), withBuyer(8, 600, "O'Brien Telecom")],
        AT,
      ),
    );
    const debtors = values(xml, 'Nm').slice(2); // after InitgPty and the creditor
    expect(debtors[0]).toBe('Gradevina Cakovec d.o.o.');
    expect(debtors[1]).toBe('Shoqeria Celesi + Bijte sh.p.k.');
    expect(debtors[2]).toBe(sepaText(long, 70));
    expect(debtors[2]).toHaveLength(70);
    expect(debtors[2]!.startsWith('Drustvo za telekomunikacijske usluge i inzenjering DDD')).toBe(true);
    expect(debtors[3]).toBe('O&apos;Brien Telecom');
    expect(values(xml, 'Nm')[0]).toBe('Jadran Telekom d.d.');
    expect(xml).toContain('<AdrLine>Setaliste Zarka Durica 7</AdrLine>');
    expect(xml).toContain('<AdrLine>40000 Cakovec</AdrLine>');
    expect(xml).toContain('<AdrLine>Ulica Ivana Lucica 2</AdrLine>');
    expect(checkPain008(xml)).toEqual([]);
  });
});

describe('pain008Xml', () => {
  const xml = pain008Xml(collectionOf(month(), AT));

  it('counts and sums the debits in the group header and in the payment block', () => {
    expect(decimalAmount(0)).toBe('0.00');
    expect(decimalAmount(7)).toBe('0.07');
    expect(decimalAmount(123_456_789)).toBe('1234567.89');
    // 169.98 + 42.50 + 1000.00 + 0.01
    expect(values(xml, 'NbOfTxs')).toEqual(['4', '4']);
    expect(values(xml, 'CtrlSum')).toEqual(['1212.49', '1212.49']);
    expect(values(xml, 'InstdAmt')).toEqual(['169.98', '42.50', '1000.00', '0.01']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">169.98</InstdAmt>');
    expect(values(xml, 'MsgId')).toEqual([AT.messageId]);
    expect(values(xml, 'CreDtTm')).toEqual([AT.createdAt]);
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"');
  });

  it('puts FRST and RCUR debits in their own blocks, each with its own count and sum', () => {
    const split = pain008Xml(
      collectionOf(month(), { ...AT, firstCollections: ['MND-2025-0001', 'MND-2025-0004'] }),
    );
    const [frst, rcur] = blocksOf(split);
    expect(blocksOf(split)).toHaveLength(2);
    expect(values(frst!, 'SeqTp')).toEqual(['FRST']);
    expect(values(frst!, 'NbOfTxs')).toEqual(['2']);
    expect(values(frst!, 'CtrlSum')).toEqual(['169.99']);
    expect(values(frst!, 'MndtId')).toEqual(['MND-2025-0001', 'MND-2025-0004']);
    expect(values(rcur!, 'SeqTp')).toEqual(['RCUR']);
    expect(values(rcur!, 'CtrlSum')).toEqual(['1042.50']);
    expect(values(split, 'PmtInfId')).toEqual([`${AT.messageId}-FRST`, `${AT.messageId}-RCUR`]);
    expect(values(split, 'CtrlSum')[0]).toBe('1212.49');
    expect(checkPain008(split)).toEqual([]);
  });

  it('writes the scheme, the creditor and per debit the mandate, the debtor account and the invoice reference', () => {
    const [block] = blocksOf(xml);
    expect(values(block!, 'Cd')).toEqual(['SEPA', 'CORE', 'SCOR', 'SCOR', 'SCOR', 'SCOR']);
    expect(values(block!, 'ReqdColltnDt')).toEqual(['2026-04-16']);
    expect(values(block!, 'ChrgBr')).toEqual(['SLEV']);
    expect(values(block!, 'BIC')).toEqual(['ZABAHR2X']);
    expect(block).toMatch(
      /<CdtrSchmeId>\s*<Id>\s*<PrvtId>\s*<Othr>\s*<Id>HR19ZZZ12345678903<\/Id>\s*<SchmeNm>\s*<Prtry>SEPA<\/Prtry>/,
    );
    const invoices = month().slice(0, 4);
    expect(values(xml, 'EndToEndId')).toEqual(invoices.map((i) => i.number));
    expect(values(xml, 'MndtId')).toEqual([
      'MND-2025-0001',
      'MND-2025-0002',
      'MND-2025-0003',
      'MND-2025-0004',
    ]);
    expect(values(xml, 'DtOfSgntr')).toEqual(['2025-10-20', '2025-10-20', '2025-10-20', '2025-10-20']);
    expect(values(xml, 'IBAN')).toEqual(['HR1210010051863000160', ...[1, 2, 3, 4].map(debtorIban)]);
    expect(values(xml, 'Ref')).toEqual(invoices.map((i) => i.paymentReference));
    expect(values(xml, 'Issr')).toEqual(['ISO', 'ISO', 'ISO', 'ISO']);
    // The debtor's bank is not named: IBAN-only.
    expect(xml.match(/<DbtrAgt>\s*<FinInstnId>\s*<Othr>\s*<Id>NOTPROVIDED<\/Id>/g)).toHaveLength(4);
  });

  it('names no creditor bank when the operator has no BIC', () => {
    const noBic = month().map((i) => ({ ...i, seller: { ...i.seller, bic: undefined } }));
    const out = pain008Xml(collectionOf(noBic, AT));
    expect(values(out, 'BIC')).toEqual([]);
    expect(out).toMatch(/<CdtrAgt>\s*<FinInstnId>\s*<Othr>\s*<Id>NOTPROVIDED<\/Id>/);
    expect(checkPain008(out)).toEqual([]);
  });

  it('has nothing to write when nothing is due', () => {
    const c = collectionOf(
      [invoice(5, 100, { paymentMeans: { kind: 'credit-transfer' } }), invoice(6, 0)],
      AT,
    );
    expect(c.transactions).toEqual([]);
    expect(() => pain008Xml(c)).toThrow(/nothing to collect/);
  });

  it('is well-formed XML, with and without a BIC and with a first collection', () => {
    const lint = (input: string) =>
      execFileSync(XMLLINT, ['--noout', '-'], { input, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
    expect(() => lint(xml)).not.toThrow();
    const noBic = month().map((i) => ({ ...i, seller: { ...i.seller, bic: undefined } }));
    const split = collectionOf(noBic, { ...AT, firstCollections: ['MND-2025-0002'] });
    expect(() => lint(pain008Xml(split))).not.toThrow();
    expect(() => lint(xml.replace('</Document>', ''))).toThrow();
  });
});

describe('checkPain008', () => {
  const xml = pain008Xml(collectionOf(month(), AT));
  const broken = (from: string | RegExp, to: string) => {
    const out = xml.replace(from, to);
    expect(out).not.toBe(xml);
    return checkPain008(out);
  };

  it('accepts the generated file', () => {
    expect(checkPain008(xml)).toEqual([]);
  });

  it('reports a control sum or a count that does not match the debits', () => {
    expect(broken('<CtrlSum>1212.49</CtrlSum>', '<CtrlSum>1212.50</CtrlSum>')).toEqual([
      'GrpHdr/CtrlSum is 1212.50 but the transactions sum to 1212.49',
    ]);
    expect(broken(/(<PmtInf>[\s\S]*?)<CtrlSum>1212.49<\/CtrlSum>/, '$1<CtrlSum>1200.00</CtrlSum>')).toEqual([
      'PmtInf[1]/CtrlSum is 1200.00 but its transactions sum to 1212.49',
    ]);
    expect(broken('<InstdAmt Ccy="EUR">42.50</InstdAmt>', '<InstdAmt Ccy="EUR">42.51</InstdAmt>')).toEqual([
      'PmtInf[1]/CtrlSum is 1212.49 but its transactions sum to 1212.50',
      'GrpHdr/CtrlSum is 1212.49 but the transactions sum to 1212.50',
    ]);
    expect(broken('<NbOfTxs>4</NbOfTxs>', '<NbOfTxs>5</NbOfTxs>')).toEqual([
      'GrpHdr/NbOfTxs is 5 but the file holds 4 transactions',
    ]);
  });

  it('reports a debit without mandate id, with a bad IBAN, a mandate signed in the future, a bad amount', () => {
    expect(broken('<MndtId>MND-2025-0002</MndtId>', '')).toEqual([
      'PmtInf[1]/DrctDbtTxInf[2] (JAD-2026-000002): MndtId missing',
    ]);
    const bad = debtorIban(3).replace(/^DE\d\d/, 'DE00');
    expect(broken(`<IBAN>${debtorIban(3)}</IBAN>`, `<IBAN>${bad}</IBAN>`)).toEqual([
      'PmtInf[1]/DrctDbtTxInf[3] (JAD-2026-000003): debtor IBAN missing or invalid',
    ]);
    expect(broken(/<DtOfSgntr>2025-10-20<\/DtOfSgntr>/, '<DtOfSgntr>2026-04-02</DtOfSgntr>')).toEqual([
      'PmtInf[1]/DrctDbtTxInf[1] (JAD-2026-000001): DtOfSgntr 2026-04-02 is after the creation date',
    ]);
    expect(broken('>0.01</InstdAmt>', '>0.00</InstdAmt>')).toContain(
      'PmtInf[1]/DrctDbtTxInf[4] (JAD-2026-000004): InstdAmt missing, not positive or not written with two decimals',
    );
    expect(broken('>42.50</InstdAmt>', '>42.5</InstdAmt>')).toContain(
      'PmtInf[1]/DrctDbtTxInf[2] (JAD-2026-000002): InstdAmt missing, not positive or not written with two decimals',
    );
    const longId = 'X'.repeat(36);
    expect(broken('<EndToEndId>JAD-2026-000004</EndToEndId>', `<EndToEndId>${longId}</EndToEndId>`)).toEqual([
      '/Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/PmtId/EndToEndId: longer than 35 characters',
    ]);
  });

  it('reports a character outside the SEPA set, escaped or not', () => {
    expect(broken('<Nm>Gradevina Cakovec d.o.o.</Nm>', '<Nm>Građevina Cakovec d.o.o.</Nm>')).toEqual([
      '/Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/Dbtr/Nm: characters outside the SEPA character set',
    ]);
    expect(broken('<Nm>Gradevina Cakovec d.o.o.</Nm>', '<Nm>Gradevina &amp; Cakovec</Nm>')).toHaveLength(1);
    expect(broken('<Nm>Gradevina Cakovec d.o.o.</Nm>', '<Nm>Gradevina &#x10D;akovec</Nm>')).toHaveLength(1);
  });

  it('reports a missing creditor scheme id, collection date or scheme', () => {
    expect(broken(/<CdtrSchmeId>[\s\S]*?<\/CdtrSchmeId>/, '')).toEqual([
      'PmtInf[1]/CdtrSchmeId: creditor identifier missing',
      'PmtInf[1]/CdtrSchmeId: SchmeNm/Prtry is not SEPA',
    ]);
    expect(broken(CREDITOR_ID, 'HR98ZZZ12345678903')).toEqual([
      'PmtInf[1]/CdtrSchmeId: creditor identifier HR98ZZZ12345678903 invalid',
    ]);
    expect(broken(/<ReqdColltnDt>.*<\/ReqdColltnDt>/, '')).toEqual([
      'PmtInf[1]/ReqdColltnDt missing or not a date',
    ]);
    expect(broken('<Cd>CORE</Cd>', '<Cd>B2B</Cd>')).toEqual(['PmtInf[1]/PmtTpInf/LclInstrm/Cd is not CORE']);
  });

  it('reports a file that is not XML at all', () => {
    expect(broken('</GrpHdr>', '</GrpHeader>')).toEqual([
      expect.stringMatching(/^not well-formed XML: <\/GrpHeader> closes <GrpHdr>/),
    ]);
    expect(checkPain008('')).toEqual([expect.stringMatching(/^not well-formed XML/)]);
  });

  it('checks creditor identifiers with their mod 97 check digits', () => {
    expect(isCreditorIdentifier('DE98ZZZ09999999999')).toBe(true); // the Bundesbank's test identifier
    expect(isCreditorIdentifier(CREDITOR_ID)).toBe(true);
    expect(isCreditorIdentifier('DE97ZZZ09999999999')).toBe(false);
    expect(isCreditorIdentifier('HR98ZZZ12345678903')).toBe(false);
    expect(isCreditorIdentifier('DE98ZZZ')).toBe(false);
  });
});

describe('localDirectDebitBank', () => {
  const fifty = Array.from({ length: 50 }, (_, k) => invoice(k + 1, 1_000 + k));
  const collection = collectionOf(fifty, AT);
  const xml = pain008Xml(collection);

  it('answers once per debit, the same way every time', async () => {
    const first = await localDirectDebitBank().submit(collection, xml);
    const again = await localDirectDebitBank().submit(collection, xml);
    expect(again).toEqual(first);
    expect(first.map((o) => o.endToEndId)).toEqual(collection.transactions.map((t) => t.endToEndId));
    expect(first.map((o) => o.amount)).toEqual(collection.transactions.map((t) => t.amount));
    const returned = first.filter((o) => o.result === 'returned');
    expect(returned.length).toBeGreaterThan(0);
    expect(returned.length).toBeLessThan(15);
    for (const r of returned) expect(Object.keys(RETURN_REASONS)).toContain(r.reasonCode);
  });

  it('decides by the mandate, whatever the file it comes in', async () => {
    const all = await localDirectDebitBank().submit(collection, xml);
    const returned = all.find((o) => o.result === 'returned')!;
    const k = fifty.findIndex((i) => i.invoiceId === returned.invoiceId);
    const alone = collectionOf([fifty[k]!, invoice(99, 5)], { ...AT, messageId: 'JAD-DD-2026-05-01' });
    const [again] = await localDirectDebitBank().submit(alone, pain008Xml(alone));
    expect(again).toEqual(returned);
  });

  it('rejects a file that fails the checks, or that is not the collection', async () => {
    const bank = localDirectDebitBank();
    await expect(bank.submit(collection, xml.replace('<MndtId>MND-2025-0007</MndtId>', ''))).rejects.toThrow(
      DirectDebitFileRejected,
    );
    const other = pain008Xml(collectionOf(fifty.slice(0, 10), AT));
    await expect(bank.submit(collection, other)).rejects.toThrow(/holds no debit JAD-2026-000011/);
  });
});
