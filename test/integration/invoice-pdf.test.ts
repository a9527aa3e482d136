import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceDocument } from '../../shared/invoices/document.ts';
import {
  DOCUMENT_LABELS,
  DOCUMENT_LOCALE,
  type DocumentLabel,
} from '../../shared/invoices/document-labels.ts';
import { computeInvoice, type InvoiceLine } from '../../shared/invoices/domain.ts';
import { renderInvoicePdf } from '../../shared/invoices/pdf.ts';
import { LANGUAGES, type Language } from '../../shared/kernel/messages.ts';
import { formatMoney } from '../../shared/kernel/money-format.ts';
import { sampleInvoiceDocument, sampleInvoiceInput, sampleItemized } from '../support/invoice-document.ts';

/**
 * The invoice PDF read back as text by poppler's `pdftotext -layout`: what a reader (or a
 * screen reader, or a search) gets out of the file. Every expected string is computed from the
 * document, so the test follows the sample when it changes.
 */

const tmp = mkdtempSync(join(tmpdir(), 'switchboard-invoice-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let files = 0;
function write(pdf: Buffer): string {
  const file = join(tmp, `invoice-${++files}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text of the PDF, page by page; no-break spaces (money in most locales) read as spaces. */
function pagesOf(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\f')
    .filter((p) => p.trim() !== '');
}

const pageCount = (file: string): number =>
  Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One text line of the page holding all `parts`, in this order. */
const lineWith = (...parts: string[]) => new RegExp(`^.*${parts.map(esc).join('.*')}.*$`, 'm');
const flat = (s: string) => s.replace(/\s+/g, ' ');

const moneyIn = (language: Language) => (m: { amount: number; currency: string }) =>
  formatMoney(m, DOCUMENT_LOCALE[language]).replace(/[\u00a0\u202f]/g, ' ');
const label = (doc: InvoiceDocument, key: DocumentLabel) => DOCUMENT_LABELS[key][doc.language];
const groupsOfFour = (s: string) => s.match(/.{1,4}/g)!.join(' ');

describe('the invoice PDF of the sample (Croatian, with the itemized specification)', () => {
  const doc = sampleInvoiceDocument();
  const itemized = sampleItemized();
  const money = moneyIn(doc.language);
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderInvoicePdf(doc, { itemized });
    text = pagesOf(write(pdf)).join('\n');
  });

  it('is a PDF, and the same document gives the same bytes', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const again = await renderInvoicePdf(doc, { itemized });
    expect(again.equals(pdf)).toBe(true);
  });

  it('shows both parties with their letters intact, and the invoice details', () => {
    for (const party of [doc.seller, doc.buyer]) {
      expect(text).toContain(party.legalName);
      expect(text).toContain(party.address.street);
      expect(text).toContain(`${party.address.postalCode} ${party.address.city}`);
      expect(text).toContain(party.vatId);
    }
    expect(text).toContain('Građevina Čakovec');
    expect(text).toContain('Lučića');
    expect(text).toMatch(lineWith(label(doc, 'invoiceNumber'), doc.number));
    expect(text).toMatch(lineWith(label(doc, 'issueDate'), doc.issueDate));
    expect(text).toMatch(lineWith(label(doc, 'dueDate'), doc.dueDate));
    expect(text).toMatch(lineWith(label(doc, 'paymentReference'), groupsOfFour(doc.paymentReference)));
    expect(text).toContain(`IBAN: ${groupsOfFour(doc.seller.iban)}`);
    if (doc.paymentMeans.kind !== 'direct-debit') throw new Error('the sample is paid by direct debit');
    expect(flat(text)).toContain(groupsOfFour(doc.paymentMeans.debtorIban));
    expect(flat(text)).toContain(doc.paymentMeans.mandateReference);
  });

  it('shows every line with its code, explanation and net amount, and a subtotal per number', () => {
    const charged = doc.lines.filter((l) => l.kind !== 'settlement');
    expect(charged.length).toBeGreaterThan(8);
    for (const line of doc.lines) {
      // The code, the unit price and the net amount on the row's first text line.
      const parts = [line.code, ...(line.unitPrice ? [money(line.unitPrice)] : []), money(line.net)];
      expect(text, line.code).toMatch(
        new RegExp(`^${esc(line.code)}\\s.*${parts.slice(1).map(esc).join('.*')}$`, 'm'),
      );
      expect(flat(text), line.code).toContain(flat(line.explanation));
    }
    const numbers = [...new Set(charged.map((l) => l.msisdn).filter((m) => m !== undefined))];
    expect(numbers.length).toBe(3);
    for (const msisdn of numbers) {
      expect(text).toContain(msisdn);
      const subtotal = charged.filter((l) => l.msisdn === msisdn).reduce((s, l) => s + l.net.amount, 0);
      expect(text).toMatch(
        lineWith(label(doc, 'subtotal'), money({ amount: subtotal, currency: doc.currency })),
      );
    }
  });

  it('shows the VAT by rate, the totals, the settlement and the amount due', () => {
    expect(doc.vat.length).toBeGreaterThan(0);
    for (const v of doc.vat) {
      const rate = new Intl.NumberFormat(DOCUMENT_LOCALE[doc.language], { style: 'percent' })
        .format(v.rateBasisPoints / 10_000)
        .replace(/\u00a0/g, ' ');
      expect(text).toMatch(lineWith(rate, money(v.base), money(v.vat)));
    }
    expect(text).toMatch(lineWith(label(doc, 'totalNet'), money(doc.totals.net)));
    expect(text).toMatch(lineWith(label(doc, 'totalVat'), money(doc.totals.vat)));
    expect(text).toMatch(lineWith(label(doc, 'totalGross'), money(doc.totals.gross)));
    expect(doc.totals.amountDue.amount).toBeGreaterThan(0);
    expect(text).toMatch(lineWith(label(doc, 'amountDue'), money(doc.totals.amountDue)));
  });

  it('lists every rated record of the itemized specification', () => {
    const records = itemized.flatMap((n) => n.records);
    expect(records.length).toBeGreaterThan(1);
    const countries = new Intl.DisplayNames([DOCUMENT_LOCALE[doc.language]], { type: 'region' });
    for (const r of records) {
      const when = r.startedAt.slice(0, 19).replace('T', ' ');
      const where = r.visitedCountry ? countries.of(r.visitedCountry)! : r.counterpart!;
      expect(text, r.recordId).toMatch(lineWith(when, where, r.lineCode, money(r.charge)));
    }
    expect(text).toContain(label(doc, 'itemized'));
  });

  it('numbers its pages', () => {
    const pages = pagesOf(write(pdf));
    pages.forEach((page, i) => {
      expect(page).toContain(`Stranica ${i + 1} od ${pages.length}`);
    });
  });
});

describe('other invoices', () => {
  it('paginate a thousand lines without splitting a row, and the last one is there', async () => {
    const numbers = Array.from({ length: 20 }, (_, i) => `+3859120000${String(i).padStart(2, '0')}`);
    const lines: InvoiceLine[] = Array.from({ length: 1000 }, (_, i) => ({
      code: `X${String(i + 1).padStart(4, '0')}`,
      kind: 'usage',
      msisdn: numbers[i % 20]!,
      quantity: i + 1,
      unit: 'minute',
      unitPrice: { amount: 9, currency: 'EUR' },
      net: { amount: 9 * (i + 1), currency: 'EUR' },
      vatRateBasisPoints: 2500,
      explanation: `Calls of line ${i + 1}, long enough to take more than one line of the description column of the table: end ${i + 1}.`,
    }));
    const doc = sampleInvoiceDocument({ language: 'en', lines });
    const file = write(await renderInvoicePdf(doc));
    const pages = pagesOf(file);
    expect(pageCount(file)).toBeGreaterThan(10);
    expect(pages.length).toBe(pageCount(file));
    // Where each row's code (its first text line) and the end of its explanation (its last) are.
    const codeOn = new Map<string, number>();
    const endOn = new Map<string, number>();
    pages.forEach((page, i) => {
      for (const m of page.matchAll(/^(X\d{4})\s/gm)) codeOn.set(m[1]!, i);
      for (const m of flat(page).matchAll(/end (\d+)\./g)) endOn.set(`X${m[1]!.padStart(4, '0')}`, i);
    });
    for (const line of lines) {
      expect(codeOn.has(line.code), line.code).toBe(true);
      expect(endOn.get(line.code), `${line.code} split across pages`).toBe(codeOn.get(line.code));
    }
    // The last line of the last number ends the charges; the totals follow it.
    expect(codeOn.get('X1000')).toBe(Math.max(...codeOn.values()));
    const totalsOn = pages.findIndex((p) => p.includes(DOCUMENT_LABELS.totalGross.en));
    expect(totalsOn).toBeGreaterThanOrEqual(codeOn.get('X1000')!);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it.each(LANGUAGES)('in %s say "amount due" and "page" in that language', async (language) => {
    const doc = sampleInvoiceDocument({ language });
    const pages = pagesOf(write(await renderInvoicePdf(doc)));
    const text = pages.join('\n');
    expect(text).toMatch(lineWith(label(doc, 'amountDue'), moneyIn(language)(doc.totals.amountDue)));
    for (const other of LANGUAGES.filter((l) => l !== language))
      expect(text).not.toContain(DOCUMENT_LABELS.amountDue[other]);
    expect(pages[0]).toContain(
      DOCUMENT_LABELS.page[language].replace('{page}', '1').replace('{pages}', String(pages.length)),
    );
  });

  it('paid by credit transfer and overpaid show the seller’s account, the credit and the deposits carried over', async () => {
    const result = computeInvoice(
      sampleInvoiceInput({
        payments: [
          {
            paymentId: 'p-big',
            amount: { amount: 50_000, currency: 'EUR' },
            receivedAt: '2026-03-20T08:00:00Z',
          },
        ],
      }),
    );
    const doc = sampleInvoiceDocument({
      ...result,
      language: 'en',
      paymentMeans: { kind: 'credit-transfer' },
    });
    expect(doc.totals.overpaid.amount).toBeGreaterThan(0);
    expect(doc.depositsCarriedOver.length).toBeGreaterThan(0);
    const text = pagesOf(write(await renderInvoicePdf(doc))).join('\n');
    const money = moneyIn('en');
    expect(text).toContain(`Credit transfer to ${groupsOfFour(doc.seller.iban)}`);
    expect(text).toMatch(lineWith(label(doc, 'overpaid'), money(doc.totals.overpaid)));
    expect(text).not.toContain(label(doc, 'amountDue'));
    expect(text).toContain(label(doc, 'depositsCarriedOver'));
    for (const d of doc.depositsCarriedOver)
      expect(text).toMatch(lineWith(d.depositId, d.msisdn, money(d.remaining)));
  });
});
