import PDFDocument from 'pdfkit';
import type { Language } from '../kernel/messages.ts';
import { formatMoney } from '../kernel/money-format.ts';
import type { RatedRecord } from '../usage/ports.ts';
import type { InvoiceDocument, InvoiceParty, ItemizedNumber } from './document.ts';
import {
  countedWord,
  DOCUMENT_LOCALE,
  type DocumentLabel,
  documentLabel,
  UNIT_LABELS,
  USAGE_TYPE_LABELS,
} from './document-labels.ts';
import type { InvoiceLine, LineUnit } from './domain.ts';
import { pdfFontPath } from './pdf-fonts.ts';

export { PDF_FONT_FILES, PDF_FONTS_DIR } from './pdf-fonts.ts';

/**
 * The PDF of an issued group invoice, in the document's language: the parties and the payment
 * details, the lines grouped per number with a subtotal each, the VAT breakdown and the totals, the
 * settlement down to the amount due, and, when asked for, the itemized specification (every rated
 * record of every number). A4, DejaVu Sans (`pdf-fonts.ts`), "page X of Y" on every page.
 *
 * Layout rule: a table row is measured before it is drawn and goes whole to the next page when it
 * does not fit; a table continued on a new page repeats its heading and column titles.
 *
 * The same document renders to the same bytes: the PDF's creation date is the instant the invoice
 * was issued, and nothing else in the file depends on the clock.
 *
 * Numbers and money are written in the reader's locale (`DOCUMENT_LOCALE`); dates as `YYYY-MM-DD`,
 * as in the line explanations; IBANs and the payment reference in groups of four, their printed
 * form (ISO 13616, ISO 11649).
 */
export async function renderInvoicePdf(
  doc: InvoiceDocument,
  options: { itemized?: readonly ItemizedNumber[] } = {},
): Promise<Buffer> {
  const fmt = formatter(doc.language);
  const regular = pdfFontPath('regular');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    font: regular,
    bufferPages: true,
    lang: doc.language,
    displayTitle: true,
    info: {
      Title: `${fmt.label('invoice')} ${doc.number}`,
      Author: doc.seller.legalName,
      Subject: `${fmt.label('period')} ${doc.period}`,
      CreationDate: new Date(doc.issuedAt),
    },
  });
  pdf.registerFont(BOLD, pdfFontPath('bold'));
  // pdfkit keeps a font under the name it was first opened by: the regular face, the document's
  // default, is selected by its path (another name for it would read and parse the file again at
  // every switch, which made a thousand-line invoice take seconds).
  const fonts: Record<Font, string> = { regular, bold: BOLD };
  const done = collect(pdf);

  const w = new Writer(pdf, fonts);
  header(w, doc, fmt);
  charges(w, doc, fmt);
  vatAndTotals(w, doc, fmt);
  settlement(w, doc, fmt);
  if (options.itemized) itemized(w, doc, options.itemized, fmt);
  footers(w, doc, fmt);

  pdf.end();
  return done;
}

// ----- page geometry and type --------------------------------------------------------------------

const MARGIN = 40;
/** Room kept under the content for the page footer. */
const FOOTER = 22;
const REGULAR = 'regular';
const BOLD = 'bold';
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#bbbbbb';
const SIZE = { title: 18, heading: 11, body: 8.5, small: 7.5 } as const;
/** Space above and below the text of a table row. */
const PAD = 2.5;
/** Space left and right of the text of a table cell. */
const CELL_PAD = 3;

type Font = typeof REGULAR | typeof BOLD;
type Align = 'left' | 'right';

interface Part {
  text: string;
  font?: Font;
  size?: number;
  color?: string;
}

interface Cell {
  parts: readonly Part[];
  align?: Align;
}

interface Column {
  width: number;
  align: Align;
}

const cell = (text: string, font: Font = REGULAR, align?: Align): Cell => ({
  parts: [{ text, font }],
  ...(align ? { align } : {}),
});

/** Draws from top to bottom, keeping the current height and moving to a new page when a block does not fit. */
class Writer {
  y: number;

  constructor(
    readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: Record<Font, string>,
  ) {
    this.y = pdf.page.margins.top;
  }

  get left(): number {
    return this.pdf.page.margins.left;
  }

  get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = this.pdf.page.margins.top;
  }

  /** Makes room for `height`; returns true when that took a new page. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  use(part: Part): void {
    this.pdf
      .font(this.fonts[part.font ?? REGULAR])
      .fontSize(part.size ?? SIZE.body)
      .fillColor(part.color ?? INK);
  }

  heightOf(parts: readonly Part[], width: number): number {
    let h = 0;
    for (const p of parts) {
      this.use(p);
      h += this.pdf.heightOfString(p.text, { width });
    }
    return h;
  }

  /** Text at the current height across `width` (default: the whole line), moving down past it. */
  text(part: Part, options: { x?: number; width?: number; align?: Align; gap?: number } = {}): void {
    const width = options.width ?? this.width;
    const h = this.heightOf([part], width);
    this.ensure(h);
    this.use(part);
    this.pdf.text(part.text, options.x ?? this.left, this.y, { width, align: options.align ?? 'left' });
    this.y += h + (options.gap ?? 0);
  }

  rule(color = RULE, weight = 0.5): void {
    this.pdf
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke();
  }

  rowHeight(cells: readonly Cell[], columns: readonly Column[]): number {
    return (
      Math.max(...cells.map((c, i) => this.heightOf(c.parts, columns[i]!.width - 2 * CELL_PAD))) + 2 * PAD
    );
  }

  /** One table row, never split: it goes whole to a new page, where `onNewPage` redraws the table's head. */
  row(
    cells: readonly Cell[],
    columns: readonly Column[],
    options: { onNewPage?: () => void; rule?: boolean } = {},
  ): void {
    const height = this.rowHeight(cells, columns);
    if (this.ensure(height)) options.onNewPage?.();
    let x = this.left;
    cells.forEach((c, i) => {
      const col = columns[i]!;
      let y = this.y + PAD;
      for (const p of c.parts) {
        this.use(p);
        const width = col.width - 2 * CELL_PAD;
        this.pdf.text(p.text, x + CELL_PAD, y, { width, align: c.align ?? col.align });
        y += this.pdf.heightOfString(p.text, { width });
      }
      x += col.width;
    });
    this.y += height;
    if (options.rule !== false) this.rule('#e2e2e2', 0.4);
  }
}

// ----- formatting --------------------------------------------------------------------------------

type Formatter = ReturnType<typeof formatter>;

function formatter(language: Language) {
  const locale = DOCUMENT_LOCALE[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    language,
    label: (key: DocumentLabel, params?: Record<string, string>) => documentLabel(key, language, params),
    money: (m: { amount: number; currency: string }) => formatMoney(m, locale),
    number: (n: number) => numbers.format(n),
    quantity: (n: number, unit: LineUnit) =>
      `${numbers.format(n)} ${countedWord(UNIT_LABELS[unit][language], n, language)}`,
    percent: (basisPoints: number) => percent.format(basisPoints / 10_000),
    country: (code: string) => regions.of(code) ?? code,
  };
}

/** `HR1210010051863000160` → `HR12 1001 0051 8630 0016 0`. */
const inGroupsOfFour = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

/** `2026-03` → `2026-03-01 – 2026-03-31`. */
function periodRange(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return `${period}-01 – ${last}`;
}

/** An instant as `YYYY-MM-DD HH:MM:SS` (UTC). */
const utcTime = (at: string): string => new Date(at).toISOString().slice(0, 19).replace('T', ' ');

// ----- sections ----------------------------------------------------------------------------------

function partyLines(party: InvoiceParty, fmt: Formatter): string[] {
  const a = party.address;
  return [
    a.street,
    `${a.postalCode} ${a.city}`,
    fmt.country(a.country),
    `${fmt.label('vatId')}: ${party.vatId}`,
    ...(party.registrationNumber ? [`${fmt.label('registrationNumber')}: ${party.registrationNumber}`] : []),
  ];
}

function header(w: Writer, doc: InvoiceDocument, fmt: Formatter): void {
  w.text({ text: `${fmt.label('invoice')} ${doc.number}`, font: BOLD, size: SIZE.title }, { gap: 10 });

  const seller = doc.seller;
  const sellerLines = [
    ...partyLines(seller, fmt),
    `${fmt.label('iban')}: ${inGroupsOfFour(seller.iban)}`,
    ...(seller.bic ? [`${fmt.label('bic')}: ${seller.bic}`] : []),
    ...(seller.email ? [`${fmt.label('email')}: ${seller.email}`] : []),
  ];
  const buyerLines = partyLines(doc.buyer, fmt);
  const half = w.width / 2;
  const block = (title: string, name: string, lines: string[]): Part[] => [
    { text: title, font: BOLD, size: SIZE.small, color: MUTED },
    { text: name, font: BOLD, size: SIZE.heading },
    ...lines.map((text) => ({ text })),
  ];
  w.row(
    [
      { parts: block(fmt.label('seller'), seller.legalName, sellerLines) },
      { parts: block(fmt.label('buyer'), doc.buyer.legalName, buyerLines) },
    ],
    [
      { width: half, align: 'left' },
      { width: half, align: 'left' },
    ],
    { rule: false },
  );
  w.y += 12;

  const means =
    doc.paymentMeans.kind === 'direct-debit'
      ? fmt.label('directDebit', {
          iban: inGroupsOfFour(doc.paymentMeans.debtorIban),
          mandate: doc.paymentMeans.mandateReference,
        })
      : fmt.label('creditTransfer', { iban: inGroupsOfFour(doc.seller.iban) });
  const details: [DocumentLabel, string][] = [
    ['invoiceNumber', doc.number],
    ['issueDate', doc.issueDate],
    ['dueDate', doc.dueDate],
    ['period', periodRange(doc.period)],
    ['paymentReference', inGroupsOfFour(doc.paymentReference)],
    ['paymentMeans', means],
  ];
  const columns: Column[] = [
    { width: 130, align: 'left' },
    { width: w.width - 130, align: 'left' },
  ];
  w.rule();
  for (const [key, value] of details)
    w.row([cell(fmt.label(key), BOLD), cell(value, key === 'dueDate' ? BOLD : REGULAR)], columns);
  w.y += 14;
}

const LINE_COLUMNS: readonly Column[] = [
  { width: 265.28, align: 'left' },
  { width: 80, align: 'right' },
  { width: 80, align: 'right' },
  { width: 90, align: 'right' },
];

function tableHead(w: Writer, titles: readonly string[], columns: readonly Column[]): void {
  w.row(
    titles.map((t) => ({ parts: [{ text: t, font: BOLD, size: SIZE.small, color: MUTED }] })),
    columns,
    { rule: false },
  );
  w.rule(INK, 0.6);
}

/** A heading kept on the page of what follows it (`following` points of it at least). */
function heading(w: Writer, text: string, size: number, following: number): void {
  const part: Part = { text, font: BOLD, size };
  w.ensure(w.heightOf([part], w.width) + following);
  w.text(part, { gap: 3 });
}

const lineCells = (line: InvoiceLine, fmt: Formatter): Cell[] => [
  {
    parts: [
      { text: line.code, font: BOLD },
      { text: line.explanation, size: SIZE.small, color: MUTED },
    ],
  },
  cell(fmt.quantity(line.quantity, line.unit)),
  cell(line.unitPrice ? fmt.money(line.unitPrice) : ''),
  cell(fmt.money(line.net)),
];

const total = (lines: readonly InvoiceLine[], currency: string) => ({
  amount: lines.reduce((s, l) => s + l.net.amount, 0),
  currency,
});

function charges(w: Writer, doc: InvoiceDocument, fmt: Formatter): void {
  // Per number in the order the lines name them; the group's own lines (no number) last.
  const groups = new Map<string, InvoiceLine[]>();
  for (const line of doc.lines) {
    if (line.kind === 'settlement') continue;
    const key = line.msisdn ?? '';
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  if (ordered.length === 0) return;

  heading(w, fmt.label('charges'), SIZE.heading + 2, 60);
  const titles = [
    fmt.label('description'),
    fmt.label('quantity'),
    fmt.label('unitPrice'),
    fmt.label('netAmount'),
  ];
  for (const [msisdn, lines] of ordered) {
    const title = msisdn ? fmt.label('numberHeading', { msisdn }) : fmt.label('groupHeading');
    const first = lines[0]!;
    heading(w, title, SIZE.heading, 30 + w.rowHeight(lineCells(first, fmt), LINE_COLUMNS));
    tableHead(w, titles, LINE_COLUMNS);
    const again = () => {
      w.text(
        { text: fmt.label('continued', { heading: title }), font: BOLD, size: SIZE.heading },
        { gap: 3 },
      );
      tableHead(w, titles, LINE_COLUMNS);
    };
    for (const line of lines) w.row(lineCells(line, fmt), LINE_COLUMNS, { onNewPage: again });
    w.row(
      [
        cell(fmt.label('subtotal'), BOLD),
        cell(''),
        cell(''),
        cell(fmt.money(total(lines, doc.currency)), BOLD),
      ],
      LINE_COLUMNS,
      { onNewPage: again, rule: false },
    );
    w.y += 10;
  }
}

const VAT_COLUMNS: readonly Column[] = [
  { width: 215.28, align: 'left' },
  { width: 100, align: 'right' },
  { width: 100, align: 'right' },
  { width: 100, align: 'right' },
];

const TOTAL_COLUMNS: readonly Column[] = [
  { width: 215.28, align: 'left' },
  { width: 200, align: 'left' },
  { width: 100, align: 'right' },
];

function vatAndTotals(w: Writer, doc: InvoiceDocument, fmt: Formatter): void {
  const rows = doc.vat.length + 5;
  heading(w, fmt.label('vatBreakdown'), SIZE.heading + 2, rows * 16);
  tableHead(w, ['', fmt.label('vatRate'), fmt.label('taxableAmount'), fmt.label('vat')], VAT_COLUMNS);
  for (const v of doc.vat)
    w.row(
      [cell(''), cell(fmt.percent(v.rateBasisPoints)), cell(fmt.money(v.base)), cell(fmt.money(v.vat))],
      VAT_COLUMNS,
    );
  w.y += 6;
  const totals: [DocumentLabel, { amount: number; currency: string }][] = [
    ['totalNet', doc.totals.net],
    ['totalVat', doc.totals.vat],
    ['totalGross', doc.totals.gross],
  ];
  for (const [key, amount] of totals) {
    const font = key === 'totalGross' ? BOLD : REGULAR;
    w.row([cell(''), cell(fmt.label(key), font), cell(fmt.money(amount), font)], TOTAL_COLUMNS, {
      rule: key !== 'totalGross',
    });
  }
  w.y += 14;
}

const SETTLEMENT_COLUMNS: readonly Column[] = [
  { width: 435.28, align: 'left' },
  { width: 80, align: 'right' },
];

function settlement(w: Writer, doc: InvoiceDocument, fmt: Formatter): void {
  const lines = doc.lines.filter((l) => l.kind === 'settlement');
  heading(w, fmt.label('settlement'), SIZE.heading + 2, 40);
  w.row([cell(fmt.label('totalGross'), BOLD), cell(fmt.money(doc.totals.gross), BOLD)], SETTLEMENT_COLUMNS);
  const again = () => tableHead(w, [fmt.label('description'), ''], SETTLEMENT_COLUMNS);
  for (const line of lines)
    w.row(
      [
        {
          parts: [
            { text: line.code, font: BOLD },
            { text: line.explanation, size: SIZE.small, color: MUTED },
          ],
        },
        cell(fmt.money(line.net)),
      ],
      SETTLEMENT_COLUMNS,
      { onNewPage: again },
    );
  const overpaid = doc.totals.amountDue.amount === 0 && doc.totals.overpaid.amount > 0;
  const [key, amount] = overpaid
    ? (['overpaid', doc.totals.overpaid] as const)
    : (['amountDue', doc.totals.amountDue] as const);
  w.y += 2;
  w.rule(INK, 1);
  w.row(
    [
      { parts: [{ text: fmt.label(key), font: BOLD, size: SIZE.heading + 1 }] },
      { parts: [{ text: fmt.money(amount), font: BOLD, size: SIZE.heading + 1 }] },
    ],
    SETTLEMENT_COLUMNS,
    { rule: false },
  );
  w.rule(INK, 1);
  w.y += 4;
  w.text({ text: `${fmt.label('dueDate')}: ${doc.dueDate}` });
  w.y += 10;

  const accounts = doc.prepaidAccounts ?? [];
  if (accounts.length > 0) {
    heading(w, fmt.label('prepaidAccounts'), SIZE.heading, 20);
    for (const a of accounts) {
      for (const t of a.topUps)
        w.row(
          [
            cell(
              fmt.label(t.kind === 'voucher' ? 'prepaidVoucher' : 'prepaidTopUp', {
                date: t.date,
                msisdn: a.msisdn,
              }),
            ),
            cell(fmt.money(t.amount)),
          ],
          SETTLEMENT_COLUMNS,
        );
      w.row(
        [cell(fmt.label('prepaidToppedUp', { msisdn: a.msisdn }), BOLD), cell(fmt.money(a.toppedUp), BOLD)],
        SETTLEMENT_COLUMNS,
      );
      w.row(
        [cell(fmt.label('prepaidUsagePaid', { msisdn: a.msisdn })), cell(fmt.money(a.usagePaid))],
        SETTLEMENT_COLUMNS,
      );
    }
    w.y += 10;
  }

  if (doc.depositsCarriedOver.length > 0) {
    heading(w, fmt.label('depositsCarriedOver'), SIZE.heading, 20);
    for (const d of doc.depositsCarriedOver)
      w.row(
        [
          cell(fmt.label('depositOf', { depositId: d.depositId, msisdn: d.msisdn })),
          cell(fmt.money(d.remaining)),
        ],
        SETTLEMENT_COLUMNS,
      );
    w.y += 10;
  }
}

const ITEMIZED_COLUMNS: readonly Column[] = [
  { width: 90, align: 'left' },
  { width: 95, align: 'left' },
  { width: 75, align: 'left' },
  { width: 65.28, align: 'right' },
  { width: 120, align: 'left' },
  { width: 70, align: 'right' },
];

const SECONDS_PER_MINUTE = 60;
const BYTES_PER_MB = 1_048_576;

/** A record's quantity in the unit people read: minutes, messages or MB (two decimals). */
function recordQuantity(r: RatedRecord, fmt: Formatter): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  switch (r.type) {
    case 'voice':
    case 'premium-call':
      return fmt.quantity(round(r.quantity / SECONDS_PER_MINUTE), 'minute');
    case 'data':
      return fmt.quantity(round(r.quantity / BYTES_PER_MB), 'mb');
    default:
      return fmt.quantity(r.quantity, 'message');
  }
}

function itemized(w: Writer, doc: InvoiceDocument, numbers: readonly ItemizedNumber[], fmt: Formatter): void {
  w.newPage();
  w.text(
    { text: `${fmt.label('itemized')} · ${doc.number}`, font: BOLD, size: SIZE.heading + 3 },
    { gap: 8 },
  );
  const titles = [
    fmt.label('time'),
    fmt.label('counterpart'),
    fmt.label('usageType'),
    fmt.label('quantity'),
    fmt.label('lineCode'),
    fmt.label('charge'),
  ];
  for (const n of numbers) {
    const title = fmt.label('numberHeading', { msisdn: n.msisdn });
    heading(w, title, SIZE.heading, 40);
    if (n.records.length === 0) {
      w.text({ text: fmt.label('noRecords'), color: MUTED }, { gap: 10 });
      continue;
    }
    tableHead(w, titles, ITEMIZED_COLUMNS);
    const again = () => {
      w.text(
        { text: fmt.label('continued', { heading: title }), font: BOLD, size: SIZE.heading },
        { gap: 3 },
      );
      tableHead(w, titles, ITEMIZED_COLUMNS);
    };
    for (const r of n.records) {
      const where = r.visitedCountry
        ? fmt.label('roamingIn', { country: fmt.country(r.visitedCountry) })
        : (r.counterpart ?? '');
      w.row(
        [
          cell(utcTime(r.startedAt)),
          cell(where),
          cell(USAGE_TYPE_LABELS[r.type][fmt.language]),
          cell(recordQuantity(r, fmt)),
          cell(r.lineCode),
          cell(fmt.money(r.charge)),
        ].map((c) => ({ ...c, parts: c.parts.map((p) => ({ ...p, size: SIZE.small })) })),
        ITEMIZED_COLUMNS,
        { onNewPage: again },
      );
    }
    const sum = { amount: n.records.reduce((s, r) => s + r.charge.amount, 0), currency: doc.currency };
    w.row(
      [cell(fmt.label('subtotal'), BOLD), cell(''), cell(''), cell(''), cell(''), cell(fmt.money(sum), BOLD)],
      ITEMIZED_COLUMNS,
      { onNewPage: again, rule: false },
    );
    w.y += 10;
  }
}

/** The invoice number and "page X of Y" at the foot of every page, written once the page count is known. */
function footers(w: Writer, doc: InvoiceDocument, fmt: Formatter): void {
  const pdf = w.pdf;
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { margins, width, height } = pdf.page;
    const bottom = margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    margins.bottom = 0;
    const y = height - MARGIN - SIZE.small;
    const inner = width - margins.left - margins.right;
    w.use({ text: '', size: SIZE.small, color: MUTED });
    pdf.text(`${fmt.label('invoice')} ${doc.number} · ${doc.buyer.legalName}`, margins.left, y, {
      width: inner,
      align: 'left',
      lineBreak: false,
    });
    pdf.text(fmt.label('page', { page: String(i - start + 1), pages: String(count) }), margins.left, y, {
      width: inner,
      align: 'right',
      lineBreak: false,
    });
    margins.bottom = bottom;
  }
}

/** The whole file once pdfkit has written it. */
function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
