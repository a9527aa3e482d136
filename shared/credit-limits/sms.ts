import { formatMoney, type Money } from '../kernel/money.ts';
import { deliverOnce } from '../notifications/delivery.ts';
import type { CreditLimitNotifyDeps } from './ports.ts';

/**
 * The SMS of collection assurance, in the group's language: a deposit paid (the limit is raised
 * for the period), a request approved (for good, or for the period) or refused (with the
 * operator's reason). `{amount}`, `{msisdn}`, `{period}` and `{reason}` are filled in.
 */
export type CreditLimitTemplate = 'deposit-paid' | 'approved-permanent' | 'approved-temporary' | 'rejected';

const TEXTS: Record<string, Record<CreditLimitTemplate, string>> = {
  en: {
    'deposit-paid':
      'Your deposit of {amount} has been received: the spending limit of {msisdn} is raised by {amount} for {period}.',
    'approved-permanent':
      'The request to raise the spending limit of {msisdn} by {amount} has been approved; the higher limit applies from now on.',
    'approved-temporary':
      'The request to raise the spending limit of {msisdn} by {amount} for {period} has been approved.',
    rejected: 'The request to raise the spending limit of {msisdn} has been refused: {reason}',
  },
  sl: {
    'deposit-paid':
      'Vaš polog v višini {amount} je prejet: omejitev porabe številke {msisdn} je za obdobje {period} zvišana za {amount}.',
    'approved-permanent':
      'Zahteva za zvišanje omejitve porabe številke {msisdn} za {amount} je odobrena; višja omejitev velja od zdaj naprej.',
    'approved-temporary':
      'Zahteva za zvišanje omejitve porabe številke {msisdn} za {amount} v obdobju {period} je odobrena.',
    rejected: 'Zahteva za zvišanje omejitve porabe številke {msisdn} je zavrnjena: {reason}',
  },
  hr: {
    'deposit-paid':
      'Vaš polog od {amount} je zaprimljen: ograničenje potrošnje broja {msisdn} povećano je za {amount} za razdoblje {period}.',
    'approved-permanent':
      'Zahtjev za povećanje ograničenja potrošnje broja {msisdn} za {amount} je odobren; veće ograničenje vrijedi od sada.',
    'approved-temporary':
      'Zahtjev za povećanje ograničenja potrošnje broja {msisdn} za {amount} u razdoblju {period} je odobren.',
    rejected: 'Zahtjev za povećanje ograničenja potrošnje broja {msisdn} je odbijen: {reason}',
  },
  sq: {
    'deposit-paid':
      'Depozita juaj prej {amount} u pranua: kufiri i shpenzimeve të numrit {msisdn} u rrit me {amount} për periudhën {period}.',
    'approved-permanent':
      'Kërkesa për rritjen e kufirit të shpenzimeve të numrit {msisdn} me {amount} u miratua; kufiri më i lartë vlen që tani.',
    'approved-temporary':
      'Kërkesa për rritjen e kufirit të shpenzimeve të numrit {msisdn} me {amount} për periudhën {period} u miratua.',
    rejected: 'Kërkesa për rritjen e kufirit të shpenzimeve të numrit {msisdn} u refuzua: {reason}',
  },
  pt: {
    'deposit-paid':
      'O seu depósito de {amount} foi recebido: o limite de consumo do número {msisdn} foi aumentado em {amount} no período {period}.',
    'approved-permanent':
      'O pedido de aumento do limite de consumo do número {msisdn} em {amount} foi aprovado; o limite mais alto aplica-se a partir de agora.',
    'approved-temporary':
      'O pedido de aumento do limite de consumo do número {msisdn} em {amount} no período {period} foi aprovado.',
    rejected: 'O pedido de aumento do limite de consumo do número {msisdn} foi recusado: {reason}',
  },
};

export function creditLimitText(
  locale: string,
  template: CreditLimitTemplate,
  values: { msisdn: string; amount: Money; period?: string; reason?: string },
): { locale: string; text: string } {
  const lang = TEXTS[locale] ? locale : TEXTS[locale.slice(0, 2)] ? locale.slice(0, 2) : 'en';
  const fill: Record<string, string> = {
    msisdn: values.msisdn,
    amount: formatMoney(values.amount, lang),
    period: values.period ?? '',
    reason: values.reason ?? '',
  };
  const text = TEXTS[lang]![template].replace(/\{(\w+)\}/g, (whole, name: string) => fill[name] ?? whole);
  return { locale: lang, text };
}

/**
 * Sends one text to the number concerned and, when it is another number, to the group's
 * administrator (who asked for the deposit or the increase): each message once per event, under
 * the event's id (the administrator's with the suffix `#admin`).
 */
export async function tellNumberAndAdmin(
  deps: CreditLimitNotifyDeps,
  event: { tenantId: string; eventId: string; groupId: string; msisdn: string },
  template: CreditLimitTemplate,
  values: { amount: Money; period?: string; reason?: string },
): Promise<('sent' | 'already-sent')[]> {
  const { tenantId, eventId } = event;
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(tenantId, event.groupId),
    deps.tenant(tenantId),
  ]);
  const { locale, text } = creditLimitText(group?.language ?? tenant?.locales[0] ?? 'en', template, {
    ...values,
    msisdn: event.msisdn,
  });
  const delivery = {
    log: deps.sent,
    notifier: deps.notifier,
    clock: deps.clock,
    leaseSeconds: deps.leaseSeconds,
  };
  const to = [{ id: eventId, number: event.msisdn }];
  if (group && group.adminMsisdn !== event.msisdn)
    to.push({ id: `${eventId}#admin`, number: group.adminMsisdn });
  const outcomes: ('sent' | 'already-sent')[] = [];
  for (const r of to) {
    outcomes.push(
      await deliverOnce(delivery, r.id, {
        tenantId,
        channel: 'sms',
        to: r.number,
        locale,
        text,
        template: `credit-limit-${template}`,
      }),
    );
  }
  return outcomes;
}
