import type { Language } from '../kernel/messages.ts';
import { formatMoney, type Money, money, sum } from '../kernel/money.ts';
import type { InvoiceDocument, InvoiceParty, PaymentMeans, Seller } from './document.ts';
import { addDays, InconsistentInvoiceData, type InvoiceLine, type LineUnit } from './domain.ts';

/**
 * The issued invoice as an EN 16931 e-invoice in the UBL 2.1 syntax (`urn:cen.eu:en16931:2017`,
 * no further profile), made from the same `InvoiceDocument` as the PDF and the JSON view.
 *
 * Lines. One `InvoiceLine` per charged line (plan, add-on, one-time charge, usage), numbered 1, 2,
 * … in the document's order; settlement lines never become invoice lines (they are no supply).
 * Item name: the line code and the number it belongs to (`M +385911000001`), the code alone for a
 * line of the group; item description: the line's explanation; the code is also the seller's
 * item id. A prorated line carries its first and last day as the line period.
 *
 * Quantity and price. EN 16931 reads a line as quantity × net price = line net amount. We keep the
 * line's own quantity, unit and unit price when they multiply to the net amount exactly (a whole
 * month, a one-time charge, a clawback of n months, usage whose displayed quantity is exact).
 * Otherwise (a prorated fee, usage whose quantity is rounded for display, a line without a unit
 * price) the line is quantity 1 of unit `C62` ("one") at a price equal to its net amount; its
 * explanation states the real quantity and the calculation. A negative amount is a negative
 * quantity at a positive price (a net price is never negative). Unit codes, UN/ECE rec. 20: day
 * `DAY`, month `MON`, minute `MIN`, megabyte `4L`, item and message `C62`.
 *
 * Header and parties. ID = the legal number; BuyerReference = the group id (EN 16931 users such as
 * Peppol require a buyer or order reference); InvoicePeriod = the first and last day of the
 * period. Seller and buyer: name, postal address, VAT id (PartyTaxScheme), legal name and register
 * number (PartyLegalEntity), and their e-mail as electronic address (EndpointID scheme `EM`).
 * Payment: code 58 (SEPA credit transfer) to the seller's IBAN, or 59 (SEPA direct debit) with
 * the mandate and the debtor's IBAN, the seller's SEPA creditor id then being a PartyIdentification
 * with scheme `SEPA` (BT-90); the payment reference is the PaymentID either way, and the payment
 * terms say how and when it is paid, in the invoice's language.
 *
 * VAT. One `TaxSubtotal` per entry of the document's `vat`, with its base and VAT exactly (VAT is
 * rounded once per rate there, never per line). A positive rate is category `S`; a rate of 0 % is
 * category `Z` (zero rated), which needs no exemption reason.
 *
 * Totals and settlement. LineExtensionAmount = TaxExclusiveAmount = the document's net, TaxAmount
 * = its VAT, TaxInclusiveAmount = its gross. Of the settlement lines, two were paid toward this
 * invoice's own charges before it was issued: the usage paid from prepaid balances and the deposit
 * credit. Together they are the PrepaidAmount, capped at the gross (prepaid usage first, then the
 * deposit): a deposit credit the document used for the previous invoice's unpaid amount, or a
 * prepaid amount above the gross, belongs to the account, not to this invoice. The previous
 * invoice's unpaid amount and the payments received belong to earlier invoices and are not part
 * of this invoice's legal amount. So
 *   PayableAmount = TaxInclusiveAmount − PrepaidAmount   (BR-CO-16, no rounding amount)
 * which lies between 0 and the gross (when the gross is not negative) and may differ from the document's `amountDue`: the grand
 * amount due of the account lives in the statement of account of the PDF and the JSON view. The
 * e-invoice repeats that statement, for information, in a `Note` in the invoice's language.
 *
 * Amounts are written from integer minor units with two decimals, never through a float.
 */

const NS = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export const EN16931_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017';

/** UN/ECE recommendation 20 codes of our line units. */
export const UBL_UNIT_CODES: Record<LineUnit, string> = {
  day: 'DAY',
  month: 'MON',
  item: 'C62',
  minute: 'MIN',
  message: 'C62',
  mb: '4L',
};

/** UNTDID 4461: 58 SEPA credit transfer, 59 SEPA direct debit. */
const PAYMENT_MEANS_CODE: Record<PaymentMeans['kind'], string> = {
  'credit-transfer': '58',
  'direct-debit': '59',
};

// ----- texts -------------------------------------------------------------------------------------

type TextKey = 'statement' | 'statement.overpaid' | 'terms.credit-transfer' | 'terms.direct-debit';

const TEXTS: Record<Language, Record<TextKey, string>> = {
  en: {
    statement:
      'Statement of account, for information (not part of the amount of this invoice): this invoice {gross}; still due from the previous invoice {previousDue}; payments received {payments}; paid from prepaid balances {prepaidPaid}; deposits credited {depositCredit}; total due {amountDue}.',
    'statement.overpaid': 'Credit in your favour: {overpaid}.',
    'terms.credit-transfer':
      'Payment by credit transfer to {iban} by {dueDate}, with the reference {reference}.',
    'terms.direct-debit':
      'The amount is collected by SEPA direct debit from the account {iban} on {dueDate} (mandate {mandate}).',
  },
  sl: {
    statement:
      'Pregled stanja, informativno (ni del zneska tega računa): ta račun {gross}; neplačano s prejšnjega računa {previousDue}; prejeta plačila {payments}; plačano iz predplačniškega dobroimetja {prepaidPaid}; upoštevan polog {depositCredit}; skupaj za plačilo {amountDue}.',
    'statement.overpaid': 'V vaše dobro: {overpaid}.',
    'terms.credit-transfer': 'Plačilo z nakazilom na račun {iban} do {dueDate}, s sklicem {reference}.',
    'terms.direct-debit':
      'Znesek bo {dueDate} poravnan z neposredno obremenitvijo SEPA računa {iban} (soglasje {mandate}).',
  },
  sq: {
    statement:
      'Gjendja e llogarisë, për informim (nuk është pjesë e shumës së kësaj fature): kjo faturë {gross}; e papaguar nga fatura e mëparshme {previousDue}; pagesa të pranuara {payments}; paguar nga bilanci i parapaguar {prepaidPaid}; depozita të llogaritura {depositCredit}; gjithsej për pagesë {amountDue}.',
    'statement.overpaid': 'Në favorin tuaj: {overpaid}.',
    'terms.credit-transfer':
      'Pagesa me transfertë bankare në llogarinë {iban} deri më {dueDate}, me referencën {reference}.',
    'terms.direct-debit':
      'Shuma tërhiqet më {dueDate} me debit direkt SEPA nga llogaria {iban} (autorizimi {mandate}).',
  },
  pt: {
    statement:
      'Extrato de conta, para informação (não faz parte do valor desta fatura): esta fatura {gross}; em dívida da fatura anterior {previousDue}; pagamentos recebidos {payments}; pago com saldo pré-pago {prepaidPaid}; cauções creditadas {depositCredit}; total a pagar {amountDue}.',
    'statement.overpaid': 'A seu favor: {overpaid}.',
    'terms.credit-transfer':
      'Pagamento por transferência bancária para {iban} até {dueDate}, com a referência {reference}.',
    'terms.direct-debit':
      'O valor é cobrado em {dueDate} por débito direto SEPA na conta {iban} (mandato {mandate}).',
  },
  hr: {
    statement:
      'Pregled stanja, informativno (nije dio iznosa ovog računa): ovaj račun {gross}; neplaćeno s prethodnog računa {previousDue}; primljene uplate {payments}; plaćeno iz unaprijed uplaćenog iznosa {prepaidPaid}; uračunati polog {depositCredit}; ukupno za platiti {amountDue}.',
    'statement.overpaid': 'U vašu korist: {overpaid}.',
    'terms.credit-transfer': 'Plaćanje uplatom na račun {iban} do {dueDate}, s pozivom na broj {reference}.',
    'terms.direct-debit':
      'Iznos se naplaćuje {dueDate} izravnim terećenjem SEPA s računa {iban} (suglasnost {mandate}).',
  },
};

const MONEY_LOCALE: Record<Language, string> = {
  en: 'en',
  sl: 'sl-SI',
  sq: 'sq-XK',
  pt: 'pt-PT',
  hr: 'hr-HR',
};

function text(language: Language, key: TextKey, params: Record<string, string | Money>): string {
  return TEXTS[language][key].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const p = params[name];
    if (p === undefined) return whole;
    return typeof p === 'string' ? p : formatMoney(p, MONEY_LOCALE[language]);
  });
}

// ----- XML ---------------------------------------------------------------------------------------

/** Whether XML 1.0 can carry a code point: tab, line breaks, and from the space up, except lone surrogates, U+FFFE and U+FFFF. */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  cp >= 0x10000;

/** Text or attribute value, escaped: the five predefined entities, unrepresentable characters dropped. */
export function escapeXml(value: string): string {
  return Array.from(value)
    .filter((ch) => isXmlChar(ch.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An element: its text, or its children (absent ones, `undefined`, are left out). */
type Node = string | undefined;

function el(name: string, attrs: Record<string, string>, ...content: Node[]): string;
function el(name: string, ...content: Node[]): string;
function el(name: string, ...rest: unknown[]): string {
  const attrs =
    typeof rest[0] === 'object' && rest[0] !== null ? (rest.shift() as Record<string, string>) : {};
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = (rest as Node[]).filter((c): c is string => c !== undefined);
  return `<${name}${a}>${children.join('')}</${name}>`;
}

/** A leaf element with escaped text. */
const leaf = (name: string, value: string, attrs: Record<string, string> = {}): string =>
  el(name, attrs, escapeXml(value));

// ----- numbers -----------------------------------------------------------------------------------

/** Hundredths as a decimal with two places: 123456 → `1234.56`, −5 → `-0.05`. Integers only. */
export function decimal2(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths))
    throw new Error(`not an integer number of hundredths: ${hundredths}`);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const amount = (name: string, m: Money): string => leaf(name, decimal2(m.amount), { currencyID: m.currency });

/** A display quantity (at most two decimals) in hundredths. */
const hundredthsOf = (quantity: number): number => Math.round(quantity * 100);

/** A quantity in hundredths, without trailing zeros: 2100 → `21`, 3333 → `33.33`, 250 → `2.5`. */
function quantityText(hundredths: number): string {
  return decimal2(hundredths).replace(/\.?0+$/, '');
}

// ----- parts -------------------------------------------------------------------------------------

const TAX_SCHEME = el('cac:TaxScheme', leaf('cbc:ID', 'VAT'));

const taxCategoryId = (rateBasisPoints: number): string => (rateBasisPoints === 0 ? 'Z' : 'S');

function party(p: InvoiceParty, extraIds: Node[]): string {
  return el(
    'cac:Party',
    p.email ? leaf('cbc:EndpointID', p.email, { schemeID: 'EM' }) : undefined,
    ...extraIds,
    el('cac:PartyName', leaf('cbc:Name', p.legalName)),
    el(
      'cac:PostalAddress',
      leaf('cbc:StreetName', p.address.street),
      leaf('cbc:CityName', p.address.city),
      leaf('cbc:PostalZone', p.address.postalCode),
      el('cac:Country', leaf('cbc:IdentificationCode', p.address.country)),
    ),
    el('cac:PartyTaxScheme', leaf('cbc:CompanyID', p.vatId), TAX_SCHEME),
    el(
      'cac:PartyLegalEntity',
      leaf('cbc:RegistrationName', p.legalName),
      p.registrationNumber ? leaf('cbc:CompanyID', p.registrationNumber) : undefined,
    ),
    p.email ? el('cac:Contact', leaf('cbc:ElectronicMail', p.email)) : undefined,
  );
}

function paymentMeans(doc: InvoiceDocument): string {
  const means = doc.paymentMeans;
  const code = leaf('cbc:PaymentMeansCode', PAYMENT_MEANS_CODE[means.kind]);
  const paymentId = leaf('cbc:PaymentID', doc.paymentReference);
  if (means.kind === 'credit-transfer') {
    return el(
      'cac:PaymentMeans',
      code,
      paymentId,
      el(
        'cac:PayeeFinancialAccount',
        leaf('cbc:ID', doc.seller.iban),
        doc.seller.bic ? el('cac:FinancialInstitutionBranch', leaf('cbc:ID', doc.seller.bic)) : undefined,
      ),
    );
  }
  return el(
    'cac:PaymentMeans',
    code,
    paymentId,
    el(
      'cac:PaymentMandate',
      leaf('cbc:ID', means.mandateReference),
      el('cac:PayerFinancialAccount', leaf('cbc:ID', means.debtorIban)),
    ),
  );
}

function paymentTerms(doc: InvoiceDocument): string {
  const means = doc.paymentMeans;
  const note =
    means.kind === 'credit-transfer'
      ? text(doc.language, 'terms.credit-transfer', {
          iban: doc.seller.iban,
          dueDate: doc.dueDate,
          reference: doc.paymentReference,
        })
      : text(doc.language, 'terms.direct-debit', {
          iban: means.debtorIban,
          dueDate: doc.dueDate,
          mandate: means.mandateReference,
        });
  return el('cac:PaymentTerms', leaf('cbc:Note', note));
}

/** The seller's identifiers besides its VAT and register numbers: the SEPA creditor id (BT-90) for a direct debit. */
function sellerIds(seller: Seller, means: PaymentMeans): Node[] {
  if (means.kind !== 'direct-debit' || !seller.creditorId) return [];
  return [el('cac:PartyIdentification', leaf('cbc:ID', seller.creditorId, { schemeID: 'SEPA' }))];
}

/** Quantity (in hundredths), unit code and net price of a line, so that quantity × price = net exactly. */
export function linePricing(line: InvoiceLine): { quantity: number; unitCode: string; price: Money } {
  const q = hundredthsOf(line.quantity);
  const exact =
    line.unitPrice !== undefined &&
    line.unitPrice.currency === line.net.currency &&
    q !== 0 &&
    q * line.unitPrice.amount === line.net.amount * 100;
  let quantity = exact ? q : 100;
  let price = exact ? line.unitPrice! : line.net;
  const unitCode = exact ? UBL_UNIT_CODES[line.unit] : 'C62';
  if (price.amount < 0) {
    quantity = -quantity;
    price = money(-price.amount, price.currency);
  }
  return { quantity, unitCode, price };
}

function invoiceLine(line: InvoiceLine, id: number): string {
  const rate = line.vatRateBasisPoints!;
  const { quantity, unitCode, price } = linePricing(line);
  return el(
    'cac:InvoiceLine',
    leaf('cbc:ID', String(id)),
    leaf('cbc:InvoicedQuantity', quantityText(quantity), { unitCode }),
    amount('cbc:LineExtensionAmount', line.net),
    line.from && line.to
      ? el('cac:InvoicePeriod', leaf('cbc:StartDate', line.from), leaf('cbc:EndDate', line.to))
      : undefined,
    el(
      'cac:Item',
      leaf('cbc:Description', line.explanation),
      leaf('cbc:Name', line.msisdn ? `${line.code} ${line.msisdn}` : line.code),
      el('cac:SellersItemIdentification', leaf('cbc:ID', line.code)),
      el(
        'cac:ClassifiedTaxCategory',
        leaf('cbc:ID', taxCategoryId(rate)),
        leaf('cbc:Percent', decimal2(rate)),
        TAX_SCHEME,
      ),
    ),
    el('cac:Price', amount('cbc:PriceAmount', price)),
  );
}

// ----- totals ------------------------------------------------------------------------------------

export interface UblTotals {
  lineExtension: Money;
  taxExclusive: Money;
  tax: Money;
  taxInclusive: Money;
  /** Prepaid usage and deposit credit toward this invoice, at most the gross. */
  prepaid: Money;
  payable: Money;
}

/** The e-invoice's legal totals of a document (the rule in the module comment). */
export function ublTotals(doc: InvoiceDocument): UblTotals {
  const { currency, totals } = doc;
  const charged = doc.lines.filter((l) => l.kind !== 'settlement');
  const lineExtension = sum(
    charged.map((l) => l.net),
    currency,
  );
  const tax = sum(
    doc.vat.map((v) => v.vat),
    currency,
  );
  for (const v of doc.vat) {
    const base = sum(
      charged.filter((l) => l.vatRateBasisPoints === v.rateBasisPoints).map((l) => l.net),
      currency,
    );
    if (base.amount !== v.base.amount)
      throw new InconsistentInvoiceData(`VAT base at ${v.rateBasisPoints} bp is not the sum of its lines`);
  }
  if (charged.some((l) => !doc.vat.some((v) => v.rateBasisPoints === l.vatRateBasisPoints)))
    throw new InconsistentInvoiceData('a line has a VAT rate without a VAT breakdown');
  if (lineExtension.amount !== totals.net.amount || tax.amount !== totals.vat.amount)
    throw new InconsistentInvoiceData('the net or VAT total is not the sum of its parts');
  const gross = lineExtension.amount + tax.amount;
  if (gross !== totals.gross.amount) throw new InconsistentInvoiceData('gross is not net + VAT');

  const prepaidUsage = Math.min(Math.max(totals.prepaidPaid.amount, 0), Math.max(gross, 0));
  const deposit = Math.min(Math.max(totals.depositCredit.amount, 0), Math.max(gross - prepaidUsage, 0));
  const prepaid = prepaidUsage + deposit;
  return {
    lineExtension,
    taxExclusive: lineExtension,
    tax,
    taxInclusive: money(gross, currency),
    prepaid: money(prepaid, currency),
    payable: money(gross - prepaid, currency),
  };
}

function statementNote(doc: InvoiceDocument): string {
  const t = doc.totals;
  const statement = text(doc.language, 'statement', {
    gross: t.gross,
    previousDue: t.previousDue,
    payments: t.payments,
    prepaidPaid: t.prepaidPaid,
    depositCredit: t.depositCredit,
    amountDue: t.amountDue,
  });
  return t.overpaid.amount > 0
    ? `${statement} ${text(doc.language, 'statement.overpaid', { overpaid: t.overpaid })}`
    : statement;
}

// ----- the invoice -------------------------------------------------------------------------------

/** The issued invoice as an EN 16931 UBL 2.1 `Invoice` (UTF-8 XML). */
export function invoiceUbl(doc: InvoiceDocument): string {
  const totals = ublTotals(doc);
  const periodStart = `${doc.period}-01`;
  const periodEnd = addDays(doc.issueDate, -1);
  if (!periodEnd.startsWith(doc.period))
    throw new InconsistentInvoiceData(`issue date ${doc.issueDate} does not follow the period ${doc.period}`);
  const lines = doc.lines.filter((l) => l.kind !== 'settlement');
  if (lines.length === 0) throw new InconsistentInvoiceData('an invoice without a charged line');

  const body = el(
    'Invoice',
    { xmlns: NS.inv, 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc },
    leaf('cbc:CustomizationID', EN16931_CUSTOMIZATION_ID),
    leaf('cbc:ID', doc.number),
    leaf('cbc:IssueDate', doc.issueDate),
    leaf('cbc:DueDate', doc.dueDate),
    leaf('cbc:InvoiceTypeCode', '380'),
    leaf('cbc:Note', statementNote(doc)),
    leaf('cbc:DocumentCurrencyCode', doc.currency),
    leaf('cbc:BuyerReference', doc.groupId),
    el('cac:InvoicePeriod', leaf('cbc:StartDate', periodStart), leaf('cbc:EndDate', periodEnd)),
    el('cac:AccountingSupplierParty', party(doc.seller, sellerIds(doc.seller, doc.paymentMeans))),
    el('cac:AccountingCustomerParty', party(doc.buyer, [])),
    paymentMeans(doc),
    paymentTerms(doc),
    el(
      'cac:TaxTotal',
      amount('cbc:TaxAmount', totals.tax),
      ...doc.vat.map((v) =>
        el(
          'cac:TaxSubtotal',
          amount('cbc:TaxableAmount', v.base),
          amount('cbc:TaxAmount', v.vat),
          el(
            'cac:TaxCategory',
            leaf('cbc:ID', taxCategoryId(v.rateBasisPoints)),
            leaf('cbc:Percent', decimal2(v.rateBasisPoints)),
            TAX_SCHEME,
          ),
        ),
      ),
    ),
    el(
      'cac:LegalMonetaryTotal',
      amount('cbc:LineExtensionAmount', totals.lineExtension),
      amount('cbc:TaxExclusiveAmount', totals.taxExclusive),
      amount('cbc:TaxInclusiveAmount', totals.taxInclusive),
      totals.prepaid.amount !== 0 ? amount('cbc:PrepaidAmount', totals.prepaid) : undefined,
      amount('cbc:PayableAmount', totals.payable),
    ),
    ...lines.map((l, i) => invoiceLine(l, i + 1)),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
