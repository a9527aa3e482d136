import type * as z from 'zod';
import type { EventDetail } from '../../../events/contract.ts';
import type { NumberBarred } from '../../../events/number-barred.ts';
import type { NumberUnbarred } from '../../../events/number-unbarred.ts';
import type { SpendingWarningReached } from '../../../events/spending-warning-reached.ts';
import { formatMoney } from '../../kernel/money.ts';
import { deliverOnce } from '../../notifications/delivery.ts';
import type { SpendingNoticeDeps } from '../ports.ts';

/**
 * The SMS of spending control, to the number itself, in its group's language, once per event
 * (`deliverOnce`, by the event id): the warning, the bar (credit limit or the administrator's cap)
 * and the bar lifted.
 */

type Texts = {
  warning: string;
  barredLimit: string;
  barredCap: string;
  unbarred: string;
};

/** `{spend}` and `{ceiling}` are filled in. */
const TEXTS: Record<string, Texts> = {
  en: {
    warning:
      'You have spent {spend} this month beyond your plan. At {ceiling} outgoing calls, messages and data will be barred.',
    barredLimit:
      'Outgoing services of your number are barred: this month’s spending reached your credit limit of {ceiling}. Customer care can tell you the deposit that restores them.',
    barredCap:
      'Outgoing services of your number are barred: this month’s spending reached the cap of {ceiling} your administrator set.',
    unbarred: 'Outgoing services of your number are restored.',
  },
  sl: {
    warning:
      'Ta mesec ste poleg paketa porabili {spend}. Pri {ceiling} bodo odhodni klici, sporočila in prenos podatkov zaprti.',
    barredLimit:
      'Odhodne storitve vaše številke so zaprte: poraba ta mesec je dosegla vaš kreditni limit {ceiling}. V službi za pomoč uporabnikom vam povedo, kolikšen polog jih znova odpre.',
    barredCap:
      'Odhodne storitve vaše številke so zaprte: poraba ta mesec je dosegla omejitev {ceiling}, ki jo je nastavil vaš skrbnik.',
    unbarred: 'Odhodne storitve vaše številke so znova odprte.',
  },
  hr: {
    warning:
      'Ovaj mjesec potrošili ste {spend} izvan svoje tarife. Kod {ceiling} odlazni pozivi, poruke i podatkovni promet bit će zabranjeni.',
    barredLimit:
      'Odlazne usluge vašeg broja su zabranjene: ovomjesečna potrošnja dosegla je vaš kreditni limit od {ceiling}. Služba za korisnike reći će vam koliki polog ih ponovno uključuje.',
    barredCap:
      'Odlazne usluge vašeg broja su zabranjene: ovomjesečna potrošnja dosegla je ograničenje od {ceiling} koje je postavio vaš administrator.',
    unbarred: 'Odlazne usluge vašeg broja ponovno su uključene.',
  },
  sq: {
    warning:
      'Këtë muaj keni shpenzuar {spend} përtej paketës. Në {ceiling} thirrjet, mesazhet dhe të dhënat dalëse do të bllokohen.',
    barredLimit:
      'Shërbimet dalëse të numrit tuaj janë bllokuar: shpenzimet e këtij muaji arritën limitin tuaj të kreditit prej {ceiling}. Kujdesi ndaj klientit ju tregon depozitën që i rikthen.',
    barredCap:
      'Shërbimet dalëse të numrit tuaj janë bllokuar: shpenzimet e këtij muaji arritën kufirin prej {ceiling} që vendosi administratori juaj.',
    unbarred: 'Shërbimet dalëse të numrit tuaj janë rikthyer.',
  },
  pt: {
    warning:
      'Este mês gastou {spend} além do seu plano. Ao atingir {ceiling}, as chamadas, mensagens e dados de saída serão barrados.',
    barredLimit:
      'Os serviços de saída do seu número estão barrados: os gastos deste mês atingiram o seu limite de crédito de {ceiling}. O apoio ao cliente indica-lhe o depósito que os repõe.',
    barredCap:
      'Os serviços de saída do seu número estão barrados: os gastos deste mês atingiram o limite de {ceiling} definido pelo seu administrador.',
    unbarred: 'Os serviços de saída do seu número foram repostos.',
  },
};

export type SpendingNotice =
  | { kind: 'warning'; event: EventDetail<z.output<(typeof SpendingWarningReached)['schema']>> }
  | { kind: 'barred'; event: EventDetail<z.output<(typeof NumberBarred)['schema']>> }
  | { kind: 'unbarred'; event: EventDetail<z.output<(typeof NumberUnbarred)['schema']>> };

export function spendingText(locale: string, notice: SpendingNotice): { locale: string; text: string } {
  const lang = TEXTS[locale] ? locale : TEXTS[locale.slice(0, 2)] ? locale.slice(0, 2) : 'en';
  const t = TEXTS[lang]!;
  switch (notice.kind) {
    case 'warning': {
      const d = notice.event.data;
      return {
        locale: lang,
        text: t.warning
          .replace('{spend}', formatMoney(d.spend, lang))
          .replace('{ceiling}', formatMoney(d.at, lang)),
      };
    }
    case 'barred': {
      const d = notice.event.data;
      const template = d.reason === 'spending-cap' ? t.barredCap : t.barredLimit;
      return { locale: lang, text: template.replace('{ceiling}', formatMoney(d.ceiling, lang)) };
    }
    case 'unbarred':
      return { locale: lang, text: t.unbarred };
  }
}

export async function notifySpending(
  deps: SpendingNoticeDeps,
  notice: SpendingNotice,
): Promise<'sent' | 'already-sent'> {
  const { tenantId, eventId } = notice.event.metadata;
  const d = notice.event.data;
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(tenantId, d.groupId),
    deps.tenant(tenantId),
  ]);
  const { locale, text } = spendingText(group?.language ?? tenant?.locales[0] ?? 'en', notice);
  return deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    eventId,
    { tenantId, channel: 'sms', to: d.msisdn, locale, text, template: `spending-${notice.kind}` },
  );
}
