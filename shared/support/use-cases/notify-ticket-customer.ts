import { deliverOnce } from '../../notifications/delivery.ts';
import type { Ticket } from '../domain.ts';
import { type SupportNotice, supportText } from '../notices.ts';
import type { SupportNotifyDeps } from '../ports.ts';

/**
 * Staff replied to a ticket or changed its status: the customer hears of it once per event, on
 * the ticket's channel: an SMS to the opener's number (client area) or an e-mail to the sender
 * (e-mail: the reply itself), in the group's language.
 */
export async function notifyTicketCustomer(
  deps: SupportNotifyDeps,
  event: { tenantId: string; eventId: string; ticketId: string; kind: 'replied' | 'status' },
): Promise<'sent' | 'already-sent' | 'no-ticket'> {
  const { tenantId } = event;
  const ticket = await deps.support.getTicket(tenantId, event.ticketId);
  if (!ticket) return 'no-ticket';
  const [group, tenant] = await Promise.all([
    ticket.groupId ? deps.groups.getGroup(tenantId, ticket.groupId) : Promise.resolve(undefined),
    deps.tenant(tenantId),
  ]);
  const notice: SupportNotice =
    event.kind === 'replied' ? 'replied' : ticket.status === 'closed' ? 'closed' : 'reopened';
  const { locale, text, mailSubject } = supportText(
    group?.language ?? tenant?.locales[0] ?? 'en',
    notice,
    ticket.subject,
  );
  const delivery = {
    log: deps.sent,
    notifier: deps.notifier,
    clock: deps.clock,
    leaseSeconds: deps.leaseSeconds,
  };
  const template = `ticket-${notice}`;
  if (ticket.channel === 'client-area' && ticket.msisdn) {
    return deliverOnce(delivery, event.eventId, {
      tenantId,
      channel: 'sms',
      to: ticket.msisdn,
      locale,
      text,
      template,
    });
  }
  return deliverOnce(delivery, event.eventId, {
    tenantId,
    channel: 'email',
    to: ticket.email!,
    locale,
    subject: mailSubject,
    text: notice === 'replied' ? lastReply(ticket) || text : text,
    template,
  });
}

const lastReply = (t: Ticket): string =>
  [...t.messages].reverse().find((m) => m.from === 'operator')?.body ?? '';
