import type { Language } from '../kernel/messages.ts';
import type { UsageType } from '../rating/domain.ts';
import type { LineUnit } from './domain.ts';

/**
 * The fixed texts of a rendered invoice (headings, column titles, the payment means, the page
 * footer), in the five languages we write. The line explanations are not here: they travel with
 * the document, already in its language (`explanations.ts`). `{name}` placeholders are filled by
 * the renderer; every language uses exactly the placeholders of the English text
 * (`test/unit/invoice-document-labels.test.ts` checks that, and that no text is missing).
 */
export const DOCUMENT_LABEL_KEYS = [
  'invoice',
  'seller',
  'buyer',
  'vatId',
  'registrationNumber',
  'iban',
  'bic',
  'email',
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'period',
  'paymentReference',
  'paymentMeans',
  'creditTransfer',
  'directDebit',
  'charges',
  'numberHeading',
  'groupHeading',
  'continued',
  'description',
  'quantity',
  'unitPrice',
  'netAmount',
  'subtotal',
  'vatBreakdown',
  'vatRate',
  'taxableAmount',
  'vat',
  'totalNet',
  'totalVat',
  'totalGross',
  'settlement',
  'amountDue',
  'overpaid',
  'depositsCarriedOver',
  'depositOf',
  'prepaidAccounts',
  'prepaidTopUp',
  'prepaidVoucher',
  'prepaidToppedUp',
  'prepaidUsagePaid',
  'itemized',
  'time',
  'counterpart',
  'roamingIn',
  'usageType',
  'lineCode',
  'charge',
  'noRecords',
  'page',
] as const;

export type DocumentLabel = (typeof DOCUMENT_LABEL_KEYS)[number];

export const DOCUMENT_LABELS: Record<DocumentLabel, Record<Language, string>> = {
  invoice: { en: 'Invoice', sl: 'Račun', sq: 'Faturë', pt: 'Fatura', hr: 'Račun' },
  seller: { en: 'Seller', sl: 'Izdajatelj', sq: 'Shitësi', pt: 'Fornecedor', hr: 'Izdavatelj' },
  buyer: { en: 'Customer', sl: 'Kupec', sq: 'Blerësi', pt: 'Cliente', hr: 'Kupac' },
  vatId: { en: 'VAT ID', sl: 'ID za DDV', sq: 'Numri i TVSH-së', pt: 'NIF', hr: 'PDV ID' },
  registrationNumber: {
    en: 'Registration number',
    sl: 'Matična številka',
    sq: 'Numri i regjistrimit',
    pt: 'N.º de registo',
    hr: 'Matični broj',
  },
  iban: { en: 'IBAN', sl: 'IBAN', sq: 'IBAN', pt: 'IBAN', hr: 'IBAN' },
  bic: { en: 'BIC', sl: 'BIC', sq: 'BIC', pt: 'BIC', hr: 'BIC' },
  email: { en: 'E-mail', sl: 'E-pošta', sq: 'Email', pt: 'E-mail', hr: 'E-pošta' },
  invoiceNumber: {
    en: 'Invoice number',
    sl: 'Številka računa',
    sq: 'Numri i faturës',
    pt: 'Número da fatura',
    hr: 'Broj računa',
  },
  issueDate: {
    en: 'Issue date',
    sl: 'Datum izdaje',
    sq: 'Data e lëshimit',
    pt: 'Data de emissão',
    hr: 'Datum izdavanja',
  },
  dueDate: {
    en: 'Due date',
    sl: 'Rok plačila',
    sq: 'Afati i pagesës',
    pt: 'Data de vencimento',
    hr: 'Datum dospijeća',
  },
  period: {
    en: 'Billing period',
    sl: 'Obračunsko obdobje',
    sq: 'Periudha e faturimit',
    pt: 'Período de faturação',
    hr: 'Obračunsko razdoblje',
  },
  paymentReference: {
    en: 'Payment reference',
    sl: 'Sklic',
    sq: 'Referenca e pagesës',
    pt: 'Referência de pagamento',
    hr: 'Poziv na broj',
  },
  paymentMeans: {
    en: 'Payment',
    sl: 'Način plačila',
    sq: 'Mënyra e pagesës',
    pt: 'Forma de pagamento',
    hr: 'Način plaćanja',
  },
  creditTransfer: {
    en: 'Credit transfer to {iban}',
    sl: 'Nakazilo na račun {iban}',
    sq: 'Transfertë bankare në llogarinë {iban}',
    pt: 'Transferência bancária para a conta {iban}',
    hr: 'Uplata na račun {iban}',
  },
  directDebit: {
    en: 'Collected by direct debit from {iban} under mandate {mandate}',
    sl: 'Poravnano z direktno obremenitvijo računa {iban} po soglasju {mandate}',
    sq: 'Arkëtohet me debitim direkt nga llogaria {iban} sipas autorizimit {mandate}',
    pt: 'Cobrado por débito direto na conta {iban} ao abrigo da autorização {mandate}',
    hr: 'Naplaćuje se izravnim terećenjem računa {iban} prema suglasnosti {mandate}',
  },
  charges: {
    en: 'Charges by number',
    sl: 'Stroški po številkah',
    sq: 'Tarifat sipas numrave',
    pt: 'Encargos por número',
    hr: 'Troškovi po brojevima',
  },
  numberHeading: {
    en: 'Number {msisdn}',
    sl: 'Številka {msisdn}',
    sq: 'Numri {msisdn}',
    pt: 'Número {msisdn}',
    hr: 'Broj {msisdn}',
  },
  groupHeading: {
    en: 'Charges of the group',
    sl: 'Stroški skupine',
    sq: 'Tarifat e grupit',
    pt: 'Encargos do grupo',
    hr: 'Troškovi grupe',
  },
  continued: {
    en: '{heading} (continued)',
    sl: '{heading} (nadaljevanje)',
    sq: '{heading} (vazhdim)',
    pt: '{heading} (continuação)',
    hr: '{heading} (nastavak)',
  },
  description: { en: 'Description', sl: 'Opis', sq: 'Përshkrimi', pt: 'Descrição', hr: 'Opis' },
  quantity: { en: 'Quantity', sl: 'Količina', sq: 'Sasia', pt: 'Quantidade', hr: 'Količina' },
  unitPrice: {
    en: 'Unit price',
    sl: 'Cena na enoto',
    sq: 'Çmimi për njësi',
    pt: 'Preço unitário',
    hr: 'Jedinična cijena',
  },
  netAmount: {
    en: 'Amount excl. VAT',
    sl: 'Znesek brez DDV',
    sq: 'Shuma pa TVSH',
    pt: 'Valor sem IVA',
    hr: 'Iznos bez PDV-a',
  },
  subtotal: {
    en: 'Subtotal',
    sl: 'Vmesni seštevek',
    sq: 'Nëntotali',
    pt: 'Subtotal',
    hr: 'Međuzbroj',
  },
  vatBreakdown: {
    en: 'VAT breakdown',
    sl: 'Razčlenitev DDV',
    sq: 'Përmbledhja e TVSH-së',
    pt: 'Resumo do IVA',
    hr: 'Rekapitulacija PDV-a',
  },
  vatRate: { en: 'VAT rate', sl: 'Stopnja DDV', sq: 'Norma e TVSH-së', pt: 'Taxa de IVA', hr: 'Stopa PDV-a' },
  taxableAmount: {
    en: 'Taxable amount',
    sl: 'Davčna osnova',
    sq: 'Baza e tatueshme',
    pt: 'Base tributável',
    hr: 'Osnovica',
  },
  vat: { en: 'VAT', sl: 'DDV', sq: 'TVSH', pt: 'IVA', hr: 'PDV' },
  totalNet: {
    en: 'Total excl. VAT',
    sl: 'Skupaj brez DDV',
    sq: 'Totali pa TVSH',
    pt: 'Total sem IVA',
    hr: 'Ukupno bez PDV-a',
  },
  totalVat: {
    en: 'Total VAT',
    sl: 'Skupaj DDV',
    sq: 'Totali i TVSH-së',
    pt: 'Total do IVA',
    hr: 'Ukupno PDV',
  },
  totalGross: {
    en: 'Total incl. VAT',
    sl: 'Skupaj z DDV',
    sq: 'Totali me TVSH',
    pt: 'Total com IVA',
    hr: 'Ukupno s PDV-om',
  },
  settlement: {
    en: 'Payments and credits',
    sl: 'Plačila in dobropisi',
    sq: 'Pagesat dhe kreditë',
    pt: 'Pagamentos e créditos',
    hr: 'Uplate i odobrenja',
  },
  amountDue: {
    en: 'Amount due',
    sl: 'Za plačilo',
    sq: 'Shuma për pagesë',
    pt: 'Valor a pagar',
    hr: 'Iznos za plaćanje',
  },
  overpaid: {
    en: 'Credit in your favour',
    sl: 'Dobroimetje v vašo korist',
    sq: 'Kredi në favorin tuaj',
    pt: 'Crédito a seu favor',
    hr: 'Preplata u vašu korist',
  },
  depositsCarriedOver: {
    en: 'Deposits carried over to the next invoice',
    sl: 'Varščine, prenesene na naslednji račun',
    sq: 'Depozitat që kalojnë në faturën e ardhshme',
    pt: 'Cauções transitadas para a próxima fatura',
    hr: 'Depoziti preneseni na sljedeći račun',
  },
  depositOf: {
    en: 'Deposit {depositId} for {msisdn}',
    sl: 'Varščina {depositId} za {msisdn}',
    sq: 'Depozita {depositId} për {msisdn}',
    pt: 'Caução {depositId} do número {msisdn}',
    hr: 'Depozit {depositId} za {msisdn}',
  },
  prepaidAccounts: {
    en: 'Prepaid balances (for information, not part of the amount due)',
    sl: 'Predplačniška dobroimetja (v vednost, niso del zneska za plačilo)',
    sq: 'Balancat e parapaguara (për informim, nuk janë pjesë e shumës për t’u paguar)',
    pt: 'Saldos pré-pagos (para informação, não fazem parte do valor a pagar)',
    hr: 'Stanja bonova (informativno, nisu dio iznosa za plaćanje)',
  },
  prepaidTopUp: {
    en: '{date} top-up of {msisdn}',
    sl: '{date} polnitev za {msisdn}',
    sq: '{date} rimbushje për {msisdn}',
    pt: '{date} carregamento do número {msisdn}',
    hr: '{date} nadoplata za {msisdn}',
  },
  prepaidVoucher: {
    en: '{date} voucher for {msisdn}',
    sl: '{date} bon za {msisdn}',
    sq: '{date} kupon për {msisdn}',
    pt: '{date} vale para o número {msisdn}',
    hr: '{date} bon za {msisdn}',
  },
  prepaidToppedUp: {
    en: 'Topped up in the period, {msisdn}',
    sl: 'Polnitve v obdobju, {msisdn}',
    sq: 'Rimbushur në periudhë, {msisdn}',
    pt: 'Carregado no período, {msisdn}',
    hr: 'Nadoplaćeno u razdoblju, {msisdn}',
  },
  prepaidUsagePaid: {
    en: 'Usage paid from the balance (already paid), {msisdn}',
    sl: 'Poraba, plačana iz dobroimetja (že plačano), {msisdn}',
    sq: 'Përdorimi i paguar nga balanca (i paguar tashmë), {msisdn}',
    pt: 'Consumo pago pelo saldo (já pago), {msisdn}',
    hr: 'Potrošnja plaćena iz stanja (već plaćeno), {msisdn}',
  },
  itemized: {
    en: 'Itemized specification',
    sl: 'Podrobna specifikacija',
    sq: 'Specifikimi i detajuar',
    pt: 'Discriminação detalhada',
    hr: 'Detaljna specifikacija',
  },
  time: { en: 'Time (UTC)', sl: 'Čas (UTC)', sq: 'Koha (UTC)', pt: 'Hora (UTC)', hr: 'Vrijeme (UTC)' },
  counterpart: {
    en: 'Number called / country',
    sl: 'Klicana številka / država',
    sq: 'Numri i thirrur / shteti',
    pt: 'Número chamado / país',
    hr: 'Pozvani broj / država',
  },
  roamingIn: {
    en: 'roaming in {country}',
    sl: 'gostovanje: {country}',
    sq: 'roaming në {country}',
    pt: 'roaming em {country}',
    hr: 'roaming: {country}',
  },
  usageType: { en: 'Type', sl: 'Vrsta', sq: 'Lloji', pt: 'Tipo', hr: 'Vrsta' },
  lineCode: { en: 'Invoice line', sl: 'Postavka', sq: 'Rreshti', pt: 'Rubrica', hr: 'Stavka' },
  charge: { en: 'Charge', sl: 'Znesek', sq: 'Shuma', pt: 'Valor', hr: 'Iznos' },
  noRecords: {
    en: 'No usage recorded in the period.',
    sl: 'V obdobju ni zabeležene porabe.',
    sq: 'Nuk ka përdorim të regjistruar në periudhë.',
    pt: 'Sem consumos registados no período.',
    hr: 'U razdoblju nema zabilježene potrošnje.',
  },
  page: {
    en: 'Page {page} of {pages}',
    sl: 'Stran {page} od {pages}',
    sq: 'Faqja {page} nga {pages}',
    pt: 'Página {page} de {pages}',
    hr: 'Stranica {page} od {pages}',
  },
};

/** The label in `language`, its `{name}` placeholders filled (an unknown one is left as written). */
export function documentLabel(
  key: DocumentLabel,
  language: Language,
  params: Record<string, string> = {},
): string {
  return DOCUMENT_LABELS[key][language].replace(
    /\{([a-zA-Z]+)\}/g,
    (whole, name: string) => params[name] ?? whole,
  );
}

/**
 * A word that follows a count, in the forms the language's plural rules ask for (`Intl.PluralRules`
 * categories: `one`, `two`, `few`, `many`, `other`); a plain string when it never changes (`min`).
 */
export type CountedWord = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** The unit of an invoice line's quantity, and of an itemized record's (`minute`, `message`, `mb`). */
export const UNIT_LABELS: Record<LineUnit, Record<Language, CountedWord>> = {
  day: {
    en: { one: 'day', other: 'days' },
    sl: { one: 'dan', two: 'dneva', few: 'dni', other: 'dni' },
    sq: { one: 'ditë', other: 'ditë' },
    pt: { one: 'dia', many: 'dias', other: 'dias' },
    hr: { one: 'dan', few: 'dana', other: 'dana' },
  },
  month: {
    en: { one: 'month', other: 'months' },
    sl: { one: 'mesec', two: 'meseca', few: 'meseci', other: 'mesecev' },
    sq: { one: 'muaj', other: 'muaj' },
    pt: { one: 'mês', many: 'meses', other: 'meses' },
    hr: { one: 'mjesec', few: 'mjeseca', other: 'mjeseci' },
  },
  item: {
    en: { one: 'item', other: 'items' },
    sl: 'kos',
    sq: 'copë',
    pt: 'un.',
    hr: 'kom.',
  },
  minute: { en: 'min', sl: 'min', sq: 'min', pt: 'min', hr: 'min' },
  message: {
    en: { one: 'message', other: 'messages' },
    sl: { one: 'sporočilo', two: 'sporočili', few: 'sporočila', other: 'sporočil' },
    sq: { one: 'mesazh', other: 'mesazhe' },
    pt: { one: 'mensagem', many: 'mensagens', other: 'mensagens' },
    hr: { one: 'poruka', few: 'poruke', other: 'poruka' },
  },
  mb: { en: 'MB', sl: 'MB', sq: 'MB', pt: 'MB', hr: 'MB' },
};

/** The kind of a rated record in the itemized specification. */
export const USAGE_TYPE_LABELS: Record<UsageType, Record<Language, string>> = {
  voice: { en: 'Call', sl: 'Klic', sq: 'Thirrje', pt: 'Chamada', hr: 'Poziv' },
  sms: { en: 'SMS', sl: 'SMS', sq: 'SMS', pt: 'SMS', hr: 'SMS' },
  data: { en: 'Data', sl: 'Prenos podatkov', sq: 'Të dhëna', pt: 'Dados', hr: 'Podatkovni promet' },
  'premium-call': {
    en: 'Premium-rate call',
    sl: 'Klic na posebno številko',
    sq: 'Thirrje me tarifë të veçantë',
    pt: 'Chamada de valor acrescentado',
    hr: 'Poziv s posebnom tarifom',
  },
  'premium-sms': {
    en: 'Premium message',
    sl: 'Sporočilo s posebno tarifo',
    sq: 'Mesazh me tarifë të veçantë',
    pt: 'Mensagem de valor acrescentado',
    hr: 'Poruka s posebnom tarifom',
  },
  donation: { en: 'Donation', sl: 'Donacija', sq: 'Dhurim', pt: 'Donativo', hr: 'Donacija' },
};

/** The regional form of each language, for numbers, money and country names on the invoice. */
export const DOCUMENT_LOCALE: Record<Language, string> = {
  en: 'en',
  sl: 'sl-SI',
  sq: 'sq-XK',
  pt: 'pt-PT',
  hr: 'hr-HR',
};

/** `quantity` followed by its unit in the form its number takes (`1 day`, `9 days`, `2 dneva`). */
export function countedWord(word: CountedWord, quantity: number, language: Language): string {
  if (typeof word === 'string') return word;
  const category = new Intl.PluralRules(DOCUMENT_LOCALE[language]).select(quantity);
  return word[category] ?? word.other;
}
