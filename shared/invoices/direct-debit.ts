import { isValidBIC, isValidIBAN } from 'ibantools';
import { RuleViolation } from '../kernel/errors.ts';
import { type Money, money } from '../kernel/money.ts';
import { isCreditorReference } from '../money/payments.ts';
import type { InvoiceDocument, PostalAddress } from './document.ts';

/**
 * The monthly SEPA Core direct-debit collection: the invoices of one tenant that are paid by
 * direct debit become one ISO 20022 `pain.008.001.02` file for the operator's bank. Pure: no I/O,
 * no clock (the message id and the creation instant are passed in).
 *
 * - One collection is one tenant, one currency (EUR, the only SEPA currency) and one requested
 *   collection date (the invoices' due date). The bill run issues a tenant's invoices on one day
 *   with one payment term, so they share a due date; invoices with different due dates are
 *   refused rather than silently split, and the caller makes one collection per due date.
 * - Invoices paid by credit transfer and invoices with nothing due are left out without fuss; a
 *   direct-debit invoice the bank would reject (invalid debtor IBAN, a mandate that is not usable,
 *   a debtor name with nothing left in the SEPA character set, a payment reference that is not
 *   ISO 11649) is left out with its reason, so one broken group never blocks the whole file.
 * - Sequence type: every collection is `RCUR`, the first one of a mandate included. Since the
 *   rulebook of November 2016 a first collection may be presented as `RCUR`, and it spares the
 *   product from knowing whether a mandate was ever collected. When the caller knows mandates
 *   that have never been collected (`firstCollections`), those go out as `FRST` in their own
 *   payment information block, for banks that still ask for it.
 * - Every text is reduced to the SEPA character set (`a-z A-Z 0-9 / - ? : ( ) . , ' +` and space):
 *   letters with diacritics lose them (č → c, ë → e, ã → a), a few letters are spelled out
 *   (đ → d, ß → ss), anything else is dropped. Names are capped at 70 characters, identifiers at 35.
 * - Amounts are integer minor units throughout and are written with two decimals.
 */

export const PAIN_008_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02';

export type SequenceType = 'FRST' | 'RCUR';

export interface SepaAddress {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** At most two lines of at most 70 characters, already in the SEPA character set. */
  lines: string[];
}

export interface DirectDebitTransaction {
  invoiceId: string;
  groupId: string;
  /** The invoice number: what the creditor and the debtor both see on their statements. */
  endToEndId: string;
  amount: Money;
  sequenceType: SequenceType;
  mandate: { reference: string; signedOn: string };
  debtor: { name: string; iban: string; address: SepaAddress };
  /** The invoice's ISO 11649 creditor reference (`RF…`). */
  paymentReference: string;
}

export type LeftOutReason =
  | 'not-direct-debit'
  | 'nothing-due'
  | 'invalid-debtor-iban'
  | 'invalid-mandate'
  | 'invalid-debtor-name'
  | 'invalid-payment-reference';

export interface DirectDebitCollection {
  tenantId: string;
  messageId: string;
  createdAt: string;
  /** `YYYY-MM-DD`: the requested collection date, the invoices' due date. */
  collectionDate: string;
  currency: 'EUR';
  creditor: { name: string; iban: string; bic?: string; creditorId: string; address: SepaAddress };
  transactions: readonly DirectDebitTransaction[];
  total: Money;
  /** Invoices that were not put in the file, and why. */
  leftOut: readonly { invoiceId: string; reason: LeftOutReason }[];
}

/** Invoices that cannot make one collection file (several tenants, another currency, no creditor id …). */
export class InvalidCollection extends RuleViolation {
  constructor(reason: string) {
    super(`direct-debit collection not possible: ${reason}`);
  }
}

// ----- SEPA text ---------------------------------------------------------------------------------

/** Letters that do not decompose into a base letter and a mark. */
const SPELLED: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  '&': '+',
  _: '-',
  '"': "'",
};

const SEPA_CHAR = /[A-Za-z0-9/\-?:().,'+ ]/;
const SEPA_TEXT = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

export const isSepaText = (s: string): boolean => SEPA_TEXT.test(s);

/** `s` in the SEPA character set, spaces collapsed, at most `max` characters. */
export function sepaText(s: string, max: number): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    const spelled = SPELLED[c];
    if (spelled !== undefined) {
      out += spelled;
      continue;
    }
    if (/\s/.test(c)) {
      out += ' ';
      continue;
    }
    for (const d of c.normalize('NFD')) if (SEPA_CHAR.test(d)) out += d;
  }
  return out.replace(/ {2,}/g, ' ').trim().slice(0, max).trim();
}

// ----- identifiers ------------------------------------------------------------------------------

/** Letters → numbers (A=10 … Z=35), then mod 97. */
function mod97(s: string): number {
  let rem = 0;
  for (const c of s) {
    const digits = /[0-9]/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/**
 * A SEPA creditor identifier: country, two check digits, a three-character business code (not
 * part of the check), then the national identifier; the check digits are ISO 7064 mod 97-10 over
 * the national identifier followed by the country and `00`.
 */
export function isCreditorIdentifier(id: string): boolean {
  const m = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/.exec(id);
  if (!m) return false;
  const [, country, check, national] = m as unknown as [string, string, string, string];
  return 98 - mod97(`${national}${country}00`) === Number(check);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isDate = (s: string): boolean =>
  ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** `YYYY-MM-DD` of an ISO 8601 date-time, as written (the local date of its offset). */
const dateOfInstant = (instant: string): string | undefined => {
  const m = ISO_DATE_TIME.exec(instant);
  return m && isDate(m[1]!) ? m[1] : undefined;
};

// ----- the collection ---------------------------------------------------------------------------

const sepaAddress = (a: PostalAddress): SepaAddress => ({
  country: a.country,
  lines: [sepaText(a.street, 70), sepaText(`${a.postalCode} ${a.city}`, 70)].filter((l) => l !== ''),
});

/**
 * The collection file's content for the issued invoices of one tenant. `firstCollections` lists the
 * mandate references known never to have been collected (sent as `FRST`); everything else is `RCUR`.
 */
export function collectionOf(
  invoices: readonly InvoiceDocument[],
  at: { messageId: string; createdAt: string; firstCollections?: readonly string[] },
): DirectDebitCollection {
  const first = invoices[0];
  if (!first) throw new InvalidCollection('no invoices');
  const tenants = new Set(invoices.map((i) => i.tenantId));
  if (tenants.size > 1)
    throw new InvalidCollection(`invoices of several tenants (${[...tenants].join(', ')})`);
  if (!/^[A-Za-z0-9/\-?:().,'+]{1,35}$/.test(at.messageId))
    throw new InvalidCollection('the message id must be 1–35 SEPA characters without spaces');
  const createdOn = dateOfInstant(at.createdAt);
  if (!createdOn) throw new InvalidCollection(`creation time ${at.createdAt} is not an ISO 8601 date-time`);
  const ids = new Set<string>();
  for (const i of invoices) {
    if (ids.has(i.invoiceId)) throw new InvalidCollection(`invoice ${i.invoiceId} given twice`);
    ids.add(i.invoiceId);
  }

  const firsts = new Set(at.firstCollections ?? []);
  const leftOut: { invoiceId: string; reason: LeftOutReason }[] = [];
  const picked: { invoice: InvoiceDocument; tx: DirectDebitTransaction }[] = [];
  for (const invoice of invoices) {
    const means = invoice.paymentMeans;
    const leave = (reason: LeftOutReason) => leftOut.push({ invoiceId: invoice.invoiceId, reason });
    if (means.kind !== 'direct-debit') {
      leave('not-direct-debit');
      continue;
    }
    if (invoice.totals.amountDue.amount <= 0) {
      leave('nothing-due');
      continue;
    }
    if (!isValidIBAN(means.debtorIban)) {
      leave('invalid-debtor-iban');
      continue;
    }
    if (
      !/^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/.test(means.mandateReference) ||
      !isDate(means.mandateSignedOn) ||
      means.mandateSignedOn > createdOn
    ) {
      leave('invalid-mandate');
      continue;
    }
    const debtorName = sepaText(invoice.buyer.legalName, 70);
    if (debtorName === '') {
      leave('invalid-debtor-name');
      continue;
    }
    if (!isCreditorReference(invoice.paymentReference)) {
      leave('invalid-payment-reference');
      continue;
    }
    picked.push({
      invoice,
      tx: {
        invoiceId: invoice.invoiceId,
        groupId: invoice.groupId,
        endToEndId: sepaText(invoice.number, 35),
        amount: money(invoice.totals.amountDue.amount, invoice.totals.amountDue.currency),
        sequenceType: firsts.has(means.mandateReference) ? 'FRST' : 'RCUR',
        mandate: { reference: means.mandateReference, signedOn: means.mandateSignedOn },
        debtor: { name: debtorName, iban: means.debtorIban, address: sepaAddress(invoice.buyer.address) },
        paymentReference: invoice.paymentReference,
      },
    });
  }

  const seller = (picked[0]?.invoice ?? first).seller;
  for (const { invoice, tx } of picked) {
    if (invoice.currency !== 'EUR' || tx.amount.currency !== 'EUR')
      throw new InvalidCollection(
        `invoice ${invoice.invoiceId} is in ${invoice.currency}; SEPA collects EUR only`,
      );
    if (invoice.seller.iban !== seller.iban || invoice.seller.creditorId !== seller.creditorId)
      throw new InvalidCollection(
        `invoice ${invoice.invoiceId} is payable to another account or creditor id`,
      );
  }
  const dueDates = [...new Set(picked.map((p) => p.invoice.dueDate))].sort();
  if (dueDates.length > 1)
    throw new InvalidCollection(`several due dates (${dueDates.join(', ')}): one collection per due date`);
  const collectionDate = dueDates[0] ?? createdOn;
  if (picked.length > 0 && !(collectionDate > createdOn))
    throw new InvalidCollection(
      `collection date ${collectionDate} is not after the creation date ${createdOn}`,
    );
  if (!seller.creditorId || !isCreditorIdentifier(seller.creditorId))
    throw new InvalidCollection('the operator has no valid SEPA creditor identifier');
  if (!isValidIBAN(seller.iban)) throw new InvalidCollection("the operator's IBAN is not valid");
  if (seller.bic !== undefined && !isValidBIC(seller.bic))
    throw new InvalidCollection("the operator's BIC is not valid");

  const transactions = picked.map((p) => p.tx);
  const endToEnd = new Set<string>();
  for (const t of transactions) {
    if (endToEnd.has(t.endToEndId))
      throw new InvalidCollection(`invoice number ${t.endToEndId} appears twice`);
    endToEnd.add(t.endToEndId);
  }
  return {
    tenantId: first.tenantId,
    messageId: at.messageId,
    createdAt: at.createdAt,
    collectionDate,
    currency: 'EUR',
    creditor: {
      name: sepaText(seller.legalName, 70),
      iban: seller.iban,
      ...(seller.bic ? { bic: seller.bic } : {}),
      creditorId: seller.creditorId,
      address: sepaAddress(seller.address),
    },
    transactions,
    total: money(
      transactions.reduce((s, t) => s + t.amount.amount, 0),
      'EUR',
    ),
    leftOut,
  };
}

// ----- the pain.008 file ------------------------------------------------------------------------

/** 1250 → `"12.50"`: integer minor units as a decimal with two places, no float involved. */
export function decimalAmount(minorUnits: number): string {
  if (!Number.isSafeInteger(minorUnits) || minorUnits < 0) throw new Error(`not an amount: ${minorUnits}`);
  return `${Math.floor(minorUnits / 100)}.${String(minorUnits % 100).padStart(2, '0')}`;
}

const escapeXml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

type XmlNode = { name: string; attrs?: Record<string, string>; body: string | XmlNode[] };
const el = (name: string, body: string | XmlNode[], attrs?: Record<string, string>): XmlNode =>
  attrs ? { name, attrs, body } : { name, body };

function render(node: XmlNode, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (typeof node.body === 'string')
    return `${pad}<${node.name}${attrs}>${escapeXml(node.body)}</${node.name}>`;
  const inner = node.body.map((c) => render(c, depth + 1)).join('\n');
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}

const address = (a: SepaAddress): XmlNode =>
  el('PstlAdr', [el('Ctry', a.country), ...a.lines.slice(0, 2).map((l) => el('AdrLine', l))]);

const notProvidedAgent = (): XmlNode => el('FinInstnId', [el('Othr', [el('Id', 'NOTPROVIDED')])]);

function transaction(t: DirectDebitTransaction): XmlNode {
  return el('DrctDbtTxInf', [
    el('PmtId', [el('EndToEndId', t.endToEndId)]),
    el('InstdAmt', decimalAmount(t.amount.amount), { Ccy: t.amount.currency }),
    el('DrctDbtTx', [
      el('MndtRltdInf', [el('MndtId', t.mandate.reference), el('DtOfSgntr', t.mandate.signedOn)]),
    ]),
    el('DbtrAgt', [notProvidedAgent()]),
    el('Dbtr', [el('Nm', t.debtor.name), address(t.debtor.address)]),
    el('DbtrAcct', [el('Id', [el('IBAN', t.debtor.iban)])]),
    el('RmtInf', [
      el('Strd', [
        el('CdtrRefInf', [
          el('Tp', [el('CdOrPrtry', [el('Cd', 'SCOR')]), el('Issr', 'ISO')]),
          el('Ref', t.paymentReference),
        ]),
      ]),
    ]),
  ]);
}

const SEQUENCE_ORDER: readonly SequenceType[] = ['FRST', 'RCUR'];

/** The collection as an ISO 20022 `pain.008.001.02` document: one payment block per sequence type. */
export function pain008Xml(c: DirectDebitCollection): string {
  if (c.transactions.length === 0) throw new InvalidCollection('nothing to collect');
  const total = (ts: readonly DirectDebitTransaction[]) =>
    decimalAmount(ts.reduce((s, t) => s + t.amount.amount, 0));
  const blocks = SEQUENCE_ORDER.map((seq) => ({
    seq,
    txs: c.transactions.filter((t) => t.sequenceType === seq),
  }))
    .filter((b) => b.txs.length > 0)
    .map(({ seq, txs }) =>
      el('PmtInf', [
        el('PmtInfId', `${c.messageId.slice(0, 30)}-${seq}`),
        el('PmtMtd', 'DD'),
        el('BtchBookg', 'true'),
        el('NbOfTxs', String(txs.length)),
        el('CtrlSum', total(txs)),
        el('PmtTpInf', [
          el('SvcLvl', [el('Cd', 'SEPA')]),
          el('LclInstrm', [el('Cd', 'CORE')]),
          el('SeqTp', seq),
        ]),
        el('ReqdColltnDt', c.collectionDate),
        el('Cdtr', [el('Nm', c.creditor.name), address(c.creditor.address)]),
        el('CdtrAcct', [el('Id', [el('IBAN', c.creditor.iban)])]),
        el('CdtrAgt', [c.creditor.bic ? el('FinInstnId', [el('BIC', c.creditor.bic)]) : notProvidedAgent()]),
        el('ChrgBr', 'SLEV'),
        el('CdtrSchmeId', [
          el('Id', [
            el('PrvtId', [
              el('Othr', [el('Id', c.creditor.creditorId), el('SchmeNm', [el('Prtry', 'SEPA')])]),
            ]),
          ]),
        ]),
        ...txs.map(transaction),
      ]),
    );
  const doc = el(
    'Document',
    [
      el('CstmrDrctDbtInitn', [
        el('GrpHdr', [
          el('MsgId', c.messageId),
          el('CreDtTm', c.createdAt),
          el('NbOfTxs', String(c.transactions.length)),
          el('CtrlSum', total(c.transactions)),
          el('InitgPty', [el('Nm', c.creditor.name)]),
        ]),
        ...blocks,
      ]),
    ],
    { xmlns: PAIN_008_NAMESPACE },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(doc, 0)}\n`;
}

// ----- the bank's checks ------------------------------------------------------------------------

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`unknown entity ${whole}`);
    return v;
  });
}

/**
 * A small XML reader for the files this module writes and the bank reads back: elements,
 * attributes, text, comments, the declaration; no DTD, no CDATA. Namespace prefixes are dropped
 * from element names. Throws on anything not well-formed.
 */
function parseXml(xml: string): XmlElement {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${pos}`);
  };
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(pos))![0];
      pos += ws.length;
      if (xml.startsWith('<?', pos)) {
        const end = xml.indexOf('?>', pos);
        if (end < 0) fail('unterminated declaration');
        pos = end + 2;
      } else if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.:-]*/;
  const element = (): XmlElement => {
    if (xml[pos] !== '<') fail('element expected');
    pos++;
    const qname = NAME.exec(xml.slice(pos))?.[0] ?? fail('element name expected');
    pos += qname.length;
    const node: XmlElement = { name: qname.replace(/^.*:/, ''), attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(pos))![0];
      pos += ws.length;
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return node;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (ws === '') fail('space expected before an attribute');
      const attr =
        /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(pos)) ??
        fail('attribute expected');
      if (attr[1]! in node.attrs) fail(`attribute ${attr[1]} repeated`);
      node.attrs[attr[1]!] = decodeEntities(attr[3] ?? attr[4] ?? '');
      pos += attr[0].length;
    }
    for (;;) {
      const next = xml.indexOf('<', pos);
      if (next < 0) fail(`element ${qname} not closed`);
      node.text += decodeEntities(xml.slice(pos, next));
      pos = next;
      if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (xml.startsWith('</', pos)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(pos)) ?? fail('closing tag expected');
        if (close[1] !== qname) fail(`</${close[1]}> closes <${qname}>`);
        pos += close[0].length;
        return node;
      } else node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (pos !== xml.length) fail('content after the document element');
  return root;
}

const kids = (e: XmlElement | undefined, name: string): XmlElement[] =>
  e ? e.children.filter((c) => c.name === name) : [];
const find = (e: XmlElement | undefined, ...path: string[]): XmlElement | undefined =>
  path.reduce<XmlElement | undefined>((cur, name) => kids(cur, name)[0], e);
const textAt = (e: XmlElement | undefined, ...path: string[]): string | undefined => {
  const found = find(e, ...path);
  return found ? found.text.trim() : undefined;
};

/** `"12.50"` → 1250; `undefined` for anything that is not a non-negative decimal of at most two places. */
const minorUnitsOf = (s: string | undefined): number | undefined => {
  const m = s === undefined ? null : /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(s);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0')) : undefined;
};

function* textNodes(e: XmlElement, path: string): Generator<{ path: string; text: string }> {
  const here = `${path}/${e.name}`;
  if (e.children.length === 0) yield { path: here, text: e.text };
  for (const c of e.children) yield* textNodes(c, here);
}

/**
 * What the operator's bank checks before it accepts a collection file, as a list of violations
 * (empty: the file is accepted). Each violation names where it is and what is wrong.
 */
export function checkPain008(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message}`];
  }
  const v: string[] = [];
  if (root.name !== 'Document' || root.attrs.xmlns !== PAIN_008_NAMESPACE)
    v.push(`the document is not a ${PAIN_008_NAMESPACE} Document`);
  const initn = find(root, 'CstmrDrctDbtInitn');
  if (!initn) return [...v, 'CstmrDrctDbtInitn missing'];

  const hdr = find(initn, 'GrpHdr');
  const msgId = textAt(hdr, 'MsgId');
  if (!msgId) v.push('GrpHdr/MsgId missing');
  const createdOn = dateOfInstant(textAt(hdr, 'CreDtTm') ?? '');
  if (!createdOn) v.push('GrpHdr/CreDtTm missing or not an ISO 8601 date-time');
  if (!textAt(hdr, 'InitgPty', 'Nm')) v.push('GrpHdr/InitgPty/Nm missing');

  const blocks = kids(initn, 'PmtInf');
  if (blocks.length === 0) v.push('no PmtInf');
  let count = 0;
  let sum = 0;
  const endToEndIds = new Set<string>();
  blocks.forEach((block, b) => {
    const where = `PmtInf[${b + 1}]`;
    const txs = kids(block, 'DrctDbtTxInf');
    if (txs.length === 0) v.push(`${where}: no DrctDbtTxInf`);
    if (!textAt(block, 'PmtInfId')) v.push(`${where}/PmtInfId missing`);
    if (textAt(block, 'PmtMtd') !== 'DD') v.push(`${where}/PmtMtd is not DD`);
    if (textAt(block, 'PmtTpInf', 'SvcLvl', 'Cd') !== 'SEPA')
      v.push(`${where}/PmtTpInf/SvcLvl/Cd is not SEPA`);
    if (textAt(block, 'PmtTpInf', 'LclInstrm', 'Cd') !== 'CORE')
      v.push(`${where}/PmtTpInf/LclInstrm/Cd is not CORE`);
    const seq = textAt(block, 'PmtTpInf', 'SeqTp');
    if (!seq || !['FRST', 'RCUR', 'FNAL', 'OOFF'].includes(seq))
      v.push(`${where}/PmtTpInf/SeqTp missing or unknown`);
    const collectOn = textAt(block, 'ReqdColltnDt');
    if (!collectOn || !isDate(collectOn)) v.push(`${where}/ReqdColltnDt missing or not a date`);
    else if (createdOn && !(collectOn > createdOn))
      v.push(`${where}/ReqdColltnDt ${collectOn} is not after the creation date ${createdOn}`);
    if (!textAt(block, 'Cdtr', 'Nm')) v.push(`${where}/Cdtr/Nm missing`);
    if (!isValidIBAN(textAt(block, 'CdtrAcct', 'Id', 'IBAN') ?? ''))
      v.push(`${where}/CdtrAcct IBAN missing or invalid`);
    const bic = textAt(block, 'CdtrAgt', 'FinInstnId', 'BIC');
    const agentOther = textAt(block, 'CdtrAgt', 'FinInstnId', 'Othr', 'Id');
    if (bic !== undefined ? !isValidBIC(bic) : agentOther !== 'NOTPROVIDED')
      v.push(`${where}/CdtrAgt has neither a valid BIC nor NOTPROVIDED`);
    if (textAt(block, 'ChrgBr') !== 'SLEV') v.push(`${where}/ChrgBr is not SLEV`);
    const scheme = find(block, 'CdtrSchmeId', 'Id', 'PrvtId', 'Othr');
    const creditorId = textAt(scheme, 'Id');
    if (!creditorId) v.push(`${where}/CdtrSchmeId: creditor identifier missing`);
    else if (!isCreditorIdentifier(creditorId))
      v.push(`${where}/CdtrSchmeId: creditor identifier ${creditorId} invalid`);
    if (textAt(scheme, 'SchmeNm', 'Prtry') !== 'SEPA')
      v.push(`${where}/CdtrSchmeId: SchmeNm/Prtry is not SEPA`);

    let blockSum = 0;
    txs.forEach((tx, t) => {
      const endToEnd = textAt(tx, 'PmtId', 'EndToEndId');
      const here = `${where}/DrctDbtTxInf[${t + 1}]${endToEnd ? ` (${endToEnd})` : ''}`;
      if (!endToEnd) v.push(`${here}: EndToEndId missing`);
      else if (endToEndIds.has(endToEnd)) v.push(`${here}: EndToEndId repeated`);
      if (endToEnd) endToEndIds.add(endToEnd);
      const amount = find(tx, 'InstdAmt');
      const amountText = amount?.text.trim();
      if (!amountText || !/^\d{1,15}\.\d{2}$/.test(amountText) || minorUnitsOf(amountText) === 0)
        v.push(`${here}: InstdAmt missing, not positive or not written with two decimals`);
      else blockSum += minorUnitsOf(amountText)!;
      if (amount && amount.attrs.Ccy !== 'EUR') v.push(`${here}: InstdAmt currency is not EUR`);
      const mandate = find(tx, 'DrctDbtTx', 'MndtRltdInf');
      const mandateId = textAt(mandate, 'MndtId');
      if (!mandateId) v.push(`${here}: MndtId missing`);
      const signed = textAt(mandate, 'DtOfSgntr');
      if (!signed || !isDate(signed)) v.push(`${here}: DtOfSgntr missing or not a date`);
      else if (createdOn && signed > createdOn)
        v.push(`${here}: DtOfSgntr ${signed} is after the creation date`);
      if (!find(tx, 'DbtrAgt', 'FinInstnId')) v.push(`${here}: DbtrAgt missing`);
      if (!textAt(tx, 'Dbtr', 'Nm')) v.push(`${here}: Dbtr/Nm missing`);
      if (!isValidIBAN(textAt(tx, 'DbtrAcct', 'Id', 'IBAN') ?? ''))
        v.push(`${here}: debtor IBAN missing or invalid`);
    });
    const declaredCount = textAt(block, 'NbOfTxs');
    if (declaredCount !== String(txs.length))
      v.push(
        `${where}/NbOfTxs is ${declaredCount ?? 'missing'} but the block holds ${txs.length} transactions`,
      );
    const declaredSum = textAt(block, 'CtrlSum');
    if (minorUnitsOf(declaredSum) !== blockSum)
      v.push(
        `${where}/CtrlSum is ${declaredSum ?? 'missing'} but its transactions sum to ${decimalAmount(blockSum)}`,
      );
    count += txs.length;
    sum += blockSum;
  });
  const declaredCount = textAt(hdr, 'NbOfTxs');
  if (declaredCount !== String(count))
    v.push(`GrpHdr/NbOfTxs is ${declaredCount ?? 'missing'} but the file holds ${count} transactions`);
  const declaredSum = textAt(hdr, 'CtrlSum');
  if (minorUnitsOf(declaredSum) !== sum)
    v.push(`GrpHdr/CtrlSum is ${declaredSum ?? 'missing'} but the transactions sum to ${decimalAmount(sum)}`);

  // Every text in the SEPA character set; names up to 70 characters, identifiers and references up to 35.
  for (const node of textNodes(root, '')) {
    if (!isSepaText(node.text)) v.push(`${node.path}: characters outside the SEPA character set`);
    const name = node.path.slice(node.path.lastIndexOf('/') + 1);
    if (name === 'Nm' && node.text.trim().length > 70) v.push(`${node.path}: longer than 70 characters`);
    if (/(Id|^Ref)$/.test(name) && node.text.trim().length > 35)
      v.push(`${node.path}: longer than 35 characters`);
  }
  return v;
}
