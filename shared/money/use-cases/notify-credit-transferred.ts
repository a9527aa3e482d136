import type * as z from 'zod';
import type { EventDetail } from '../../../events/contract.ts';
import type { CreditTransferred } from '../../../events/credit-transferred.ts';
import type { GroupRepository } from '../../groups/ports.ts';
import type { Clock } from '../../kernel/clock.ts';
import { formatMoney, type Money } from '../../kernel/money.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { type DeliveryLog, deliverOnce } from '../../notifications/delivery.ts';
import type { Notifier } from '../../notifications/message.ts';

/**
 * The member's SMS about a credit transfer, in the group's language: credit received from the
 * administrator, or credit moved from the member's number to the administrator. Delivered at least
 * once and once per event (`deliverOnce`, by the event id): a redelivered event sends nothing more,
 * a delivery interrupted by a crash is sent by the next one.
 */
export interface NotifyDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  /** The delivery records. */
  sent: DeliveryLog;
  clock: Clock;
  /** How long a delivery's claim holds (default `DELIVERY_LEASE_SECONDS`). */
  leaseSeconds?: number;
}

type Texts = { received: string; sent: string };

/** `{amount}` and `{admin}` are filled in; one entry per language we write. */
const TEXTS: Record<string, Texts> = {
  en: {
    received: 'You received {amount} of credit from your administrator ({admin}).',
    sent: '{amount} of credit was transferred from your number to your administrator ({admin}).',
  },
  sl: {
    received: 'Skrbnik ({admin}) vam je prenesel {amount} dobroimetja.',
    sent: 'Z vaše številke je bilo skrbniku ({admin}) preneseno {amount} dobroimetja.',
  },
  hr: {
    received: 'Administrator ({admin}) prebacio vam je {amount} kredita.',
    sent: 'S vašeg broja administratoru ({admin}) prebačeno je {amount} kredita.',
  },
  sq: {
    received: 'Administratori ({admin}) ju transferoi {amount} kredi.',
    sent: 'Nga numri juaj iu transferuan administratorit ({admin}) {amount} kredi.',
  },
  pt: {
    received: 'O administrador ({admin}) transferiu-lhe {amount} de saldo.',
    sent: 'Foram transferidos {amount} de saldo do seu número para o administrador ({admin}).',
  },
};

export function creditTransferText(
  locale: string,
  direction: 'admin-to-member' | 'member-to-admin',
  amount: Money,
  admin: string,
) {
  const lang = TEXTS[locale] ? locale : TEXTS[locale.slice(0, 2)] ? locale.slice(0, 2) : 'en';
  const texts = TEXTS[lang]!;
  const template = direction === 'admin-to-member' ? texts.received : texts.sent;
  return {
    locale: lang,
    text: template.replace('{amount}', formatMoney(amount, lang)).replace('{admin}', admin),
  };
}

export async function notifyCreditTransferred(
  deps: NotifyDeps,
  event: EventDetail<z.output<(typeof CreditTransferred)['schema']>>,
): Promise<'sent' | 'already-sent'> {
  const { tenantId, eventId } = event.metadata;
  const d = event.data;
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(tenantId, d.groupId),
    deps.tenant(tenantId),
  ]);
  const locale = group?.language ?? tenant?.locales[0] ?? 'en';
  const admin = d.direction === 'admin-to-member' ? d.from : d.to;
  const { locale: lang, text } = creditTransferText(locale, d.direction, d.amount, admin);
  return deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    eventId,
    { tenantId, channel: 'sms', to: d.member, locale: lang, text, template: `credit-${d.direction}` },
  );
}
