import { deliverOnce } from '../../notifications/delivery.ts';
import { dunningTexts } from '../notices.ts';
import type { DunningNoticeDeps } from '../ports.ts';

export interface StageChangedEvent {
  tenantId: string;
  eventId: string;
  invoiceId: string;
  groupId: string;
  number: string;
  stage: string;
  previous: string;
  cause: string;
  outstanding: { amount: number; currency: string };
  paymentReference: string;
  dueDate: string;
  fee?: { amount: number; currency: string };
  provisionalUntil?: string;
}

/** `YYYY-MM-DD HH:mm` in the tenant's time zone. */
function localDateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

type Sent = Record<string, string>;

/**
 * `DunningStageChanged` → the group's administrator is told, in the group's language, each message
 * once per event whatever the number of deliveries: the reminder by SMS and e-mail, the suspension
 * by SMS (the amount due and how to send a proof) and e-mail, a provisional or final reactivation
 * and collections by SMS. Collections also e-mails the operator's staff (the tenant's seller
 * address). A dunning that ends paid, on an accepted proof or voided says nothing.
 */
export async function notifyDunning(
  deps: DunningNoticeDeps,
  e: StageChangedEvent,
): Promise<Sent | 'no-group'> {
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(e.tenantId, e.groupId),
    deps.tenant(e.tenantId),
  ]);
  if (!group) return 'no-group';
  const delivery = {
    log: deps.sent,
    notifier: deps.notifier,
    clock: deps.clock,
    leaseSeconds: deps.leaseSeconds,
  };
  const values = {
    number: e.number,
    groupId: e.groupId,
    company: group.company.legalName,
    due: e.outstanding,
    dueDate: e.dueDate,
    reference: e.paymentReference,
    iban: tenant?.seller?.iban ?? '',
    proofAddress: tenant?.seller?.email ?? '',
    ...(e.provisionalUntil ? { until: localDateTime(e.provisionalUntil, tenant?.timeZone ?? 'UTC') } : {}),
    ...(e.fee ? { fee: e.fee } : {}),
  };
  const sent: Sent = {};
  const sms = async (key: Parameters<typeof dunningTexts>[1][number], template: string) => {
    const t = dunningTexts(group.language, [key], values);
    sent.sms = await deliverOnce(delivery, `${e.eventId}:sms`, {
      tenantId: e.tenantId,
      channel: 'sms',
      to: group.adminMsisdn,
      locale: t.language,
      text: t[key],
      template,
    });
  };
  const email = async (
    subject: 'reminder-subject' | 'suspended-subject',
    body: 'reminder-email' | 'suspended-email',
    template: string,
  ) => {
    const t = dunningTexts(group.language, [subject, body], values);
    sent.email = await deliverOnce(delivery, `${e.eventId}:email`, {
      tenantId: e.tenantId,
      channel: 'email',
      to: group.billingEmail,
      locale: t.language,
      subject: t[subject],
      text: t[body],
      template,
    });
  };

  switch (e.stage) {
    case 'reminded':
      await email('reminder-subject', 'reminder-email', 'dunning-reminder');
      await sms('reminder-sms', 'dunning-reminder');
      break;
    case 'suspended':
      await sms('suspended-sms', 'dunning-suspended');
      await email('suspended-subject', 'suspended-email', 'dunning-suspended');
      break;
    case 'provisional':
      await sms('provisional-sms', 'dunning-provisional');
      break;
    case 'reactivated':
      await sms(e.fee ? 'reactivated-fee-sms' : 'reactivated-sms', 'dunning-reactivated');
      break;
    case 'collections': {
      await sms('collections-sms', 'dunning-collections');
      const staff = tenant?.seller?.email;
      if (staff) {
        const locale = tenant?.locales[0] ?? 'en';
        const t = dunningTexts(locale, ['staff-collections-subject', 'staff-collections-email'], values);
        sent.staff = await deliverOnce(delivery, `${e.eventId}:staff`, {
          tenantId: e.tenantId,
          channel: 'email',
          to: staff,
          locale: t.language,
          subject: t['staff-collections-subject'],
          text: t['staff-collections-email'],
          template: 'dunning-collections-staff',
        });
      }
      break;
    }
    default:
      break;
  }
  return sent;
}
