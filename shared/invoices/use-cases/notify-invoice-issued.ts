import type { GroupRepository } from '../../groups/ports.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { type DeliveryLog, deliverOnce } from '../../notifications/delivery.ts';
import type { Notifier } from '../../notifications/message.ts';
import { invoiceIssuedTexts } from '../notices.ts';

export interface InvoiceNoticeDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  /** Where the admin downloads the invoice's PDF. */
  pdfLink: (groupId: string, invoiceId: string) => string;
  leaseSeconds?: number;
}

export interface IssuedEvent {
  tenantId: string;
  eventId: string;
  invoiceId: string;
  groupId: string;
  period: string;
  number: string;
  dueDate: string;
  gross: { amount: number; currency: string };
  amountDue: { amount: number; currency: string };
  paymentReference: string;
  paymentMethod: 'credit-transfer' | 'direct-debit';
}

/**
 * `InvoiceIssued` → the group's administrator gets an e-mail at the group's billing address (the
 * total, what is due and by when, the reference and the PDF link) and an SMS summary, each once
 * per event whatever the number of deliveries.
 */
export async function notifyInvoiceIssued(
  deps: InvoiceNoticeDeps,
  e: IssuedEvent,
): Promise<{ email: string; sms: string } | 'no-group'> {
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(e.tenantId, e.groupId),
    deps.tenant(e.tenantId),
  ]);
  if (!group) return 'no-group';
  const texts = invoiceIssuedTexts(group.language, {
    number: e.number,
    period: e.period,
    gross: e.gross,
    amountDue: e.amountDue,
    dueDate: e.dueDate,
    paymentReference: e.paymentReference,
    paymentMethod: e.paymentMethod,
    sellerIban: tenant?.seller?.iban ?? '',
    link: deps.pdfLink(e.groupId, e.invoiceId),
  });
  const delivery = {
    log: deps.sent,
    notifier: deps.notifier,
    clock: deps.clock,
    leaseSeconds: deps.leaseSeconds,
  };
  const email = await deliverOnce(delivery, `${e.eventId}:email`, {
    tenantId: e.tenantId,
    channel: 'email',
    to: group.billingEmail,
    locale: texts.language,
    subject: texts.subject,
    text: texts.email,
    template: 'invoice-issued',
  });
  const sms = await deliverOnce(delivery, `${e.eventId}:sms`, {
    tenantId: e.tenantId,
    channel: 'sms',
    to: group.adminMsisdn,
    locale: texts.language,
    text: texts.sms,
    template: 'invoice-issued',
  });
  return { email, sms };
}
