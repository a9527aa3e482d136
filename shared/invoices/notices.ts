import type { Language } from '../kernel/messages.ts';
import { formatMoney } from '../kernel/money-format.ts';
import { invoiceLanguage } from './domain.ts';

/**
 * What the group's administrator is told when its monthly invoice is issued, in the group's
 * language: an e-mail with the number, the total, what is due and by when, the payment reference
 * and a link to the PDF; an SMS with the same in one line. A direct-debit invoice says it will be
 * collected from the account instead of asking for a transfer.
 */
type Key = 'subject' | 'email' | 'email-debit' | 'sms' | 'sms-debit' | 'nothing-due';

const TEXTS: Record<Language, Record<Key, string>> = {
  en: {
    subject: 'Your invoice {number} for {period}',
    email:
      'Your invoice {number} for {period} has been issued.\nTotal: {gross}\nAmount due: {due}, by {dueDate}\nPay by bank transfer to {iban} quoting the reference {reference}.\nThe invoice, with an explanation of every line: {link}',
    'email-debit':
      'Your invoice {number} for {period} has been issued.\nTotal: {gross}\nAmount due: {due}, collected by direct debit from your account on {dueDate}.\nThe invoice, with an explanation of every line: {link}',
    sms: 'Invoice {number} for {period}: {due} due by {dueDate}, reference {reference}. Details in the client area.',
    'sms-debit':
      'Invoice {number} for {period}: {due}, collected by direct debit on {dueDate}. Details in the client area.',
    'nothing-due': 'Invoice {number} for {period}: nothing to pay. Details in the client area.',
  },
  sl: {
    subject: 'Vaš račun {number} za {period}',
    email:
      'Izdali smo vaš račun {number} za obdobje {period}.\nSkupaj: {gross}\nZa plačilo: {due}, do {dueDate}\nPlačajte z nakazilom na {iban} s sklicem {reference}.\nRačun z razlago vsake postavke: {link}',
    'email-debit':
      'Izdali smo vaš račun {number} za obdobje {period}.\nSkupaj: {gross}\nZa plačilo: {due}, ki ga bomo {dueDate} obremenili z vašega računa (direktna bremenitev).\nRačun z razlago vsake postavke: {link}',
    sms: 'Račun {number} za {period}: {due} za plačilo do {dueDate}, sklic {reference}. Podrobnosti v uporabniškem portalu.',
    'sms-debit':
      'Račun {number} za {period}: {due}, bremenitev {dueDate}. Podrobnosti v uporabniškem portalu.',
    'nothing-due': 'Račun {number} za {period}: nič za plačilo. Podrobnosti v uporabniškem portalu.',
  },
  sq: {
    subject: 'Fatura juaj {number} për {period}',
    email:
      'Fatura juaj {number} për periudhën {period} u lëshua.\nGjithsej: {gross}\nPër t’u paguar: {due}, deri më {dueDate}\nPaguani me transfertë bankare në {iban} me referencën {reference}.\nFatura, me shpjegimin e çdo rreshti: {link}',
    'email-debit':
      'Fatura juaj {number} për periudhën {period} u lëshua.\nGjithsej: {gross}\nPër t’u paguar: {due}, që do të tërhiqet nga llogaria juaj më {dueDate} (debitim direkt).\nFatura, me shpjegimin e çdo rreshti: {link}',
    sms: 'Fatura {number} për {period}: {due} për t’u paguar deri më {dueDate}, referenca {reference}. Hollësitë në zonën e klientit.',
    'sms-debit':
      'Fatura {number} për {period}: {due}, debitim direkt më {dueDate}. Hollësitë në zonën e klientit.',
    'nothing-due': 'Fatura {number} për {period}: asgjë për t’u paguar. Hollësitë në zonën e klientit.',
  },
  pt: {
    subject: 'A sua fatura {number} de {period}',
    email:
      'Foi emitida a sua fatura {number} do período {period}.\nTotal: {gross}\nA pagar: {due}, até {dueDate}\nPague por transferência bancária para {iban} com a referência {reference}.\nA fatura, com a explicação de cada linha: {link}',
    'email-debit':
      'Foi emitida a sua fatura {number} do período {period}.\nTotal: {gross}\nA pagar: {due}, cobrado por débito direto na sua conta em {dueDate}.\nA fatura, com a explicação de cada linha: {link}',
    sms: 'Fatura {number} de {period}: {due} a pagar até {dueDate}, referência {reference}. Detalhes na Área de Cliente.',
    'sms-debit':
      'Fatura {number} de {period}: {due}, débito direto em {dueDate}. Detalhes na Área de Cliente.',
    'nothing-due': 'Fatura {number} de {period}: nada a pagar. Detalhes na Área de Cliente.',
  },
  hr: {
    subject: 'Vaš račun {number} za {period}',
    email:
      'Izdan je vaš račun {number} za razdoblje {period}.\nUkupno: {gross}\nZa platiti: {due}, do {dueDate}\nPlatite uplatom na {iban} s pozivom na broj {reference}.\nRačun s objašnjenjem svake stavke: {link}',
    'email-debit':
      'Izdan je vaš račun {number} za razdoblje {period}.\nUkupno: {gross}\nZa platiti: {due}, naplaćuje se izravnim terećenjem vašeg računa {dueDate}.\nRačun s objašnjenjem svake stavke: {link}',
    sms: 'Račun {number} za {period}: {due} za platiti do {dueDate}, poziv na broj {reference}. Detalji u korisničkoj zoni.',
    'sms-debit':
      'Račun {number} za {period}: {due}, izravno terećenje {dueDate}. Detalji u korisničkoj zoni.',
    'nothing-due': 'Račun {number} za {period}: nema ništa za platiti. Detalji u korisničkoj zoni.',
  },
};

/** The keys of every text, for the completeness test. */
export const INVOICE_NOTICE_TEXTS = TEXTS;

const LOCALE: Record<Language, string> = { en: 'en-GB', sl: 'sl-SI', sq: 'sq-AL', pt: 'pt-PT', hr: 'hr-HR' };

export interface IssuedNotice {
  number: string;
  period: string;
  gross: { amount: number; currency: string };
  amountDue: { amount: number; currency: string };
  dueDate: string;
  paymentReference: string;
  paymentMethod: 'credit-transfer' | 'direct-debit';
  sellerIban: string;
  link: string;
}

export function invoiceIssuedTexts(
  groupLanguage: string,
  n: IssuedNotice,
): { language: Language; subject: string; email: string; sms: string } {
  const language = invoiceLanguage(groupLanguage);
  const t = TEXTS[language];
  const money = (m: { amount: number; currency: string }) => formatMoney(m, LOCALE[language]);
  const values: Record<string, string> = {
    number: n.number,
    period: n.period,
    gross: money(n.gross),
    due: money(n.amountDue),
    dueDate: n.dueDate,
    reference: n.paymentReference,
    iban: n.sellerIban,
    link: n.link,
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? `{${k}}`);
  const debit = n.paymentMethod === 'direct-debit';
  const nothing = n.amountDue.amount <= 0;
  return {
    language,
    subject: fill(t.subject),
    email: fill(debit ? t['email-debit'] : t.email),
    sms: fill(nothing ? t['nothing-due'] : debit ? t['sms-debit'] : t.sms),
  };
}
