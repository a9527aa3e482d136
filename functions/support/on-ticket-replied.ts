import { TicketReplied } from '#events/ticket-replied.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SupportNotifyDeps } from '#shared/support/ports.ts';
import { notifyTicketCustomer } from '#shared/support/use-cases/notify-ticket-customer.ts';
import { supportNotifyDeps } from '#wiring';

/** `TicketReplied` → the customer told once: an SMS to the opener or the reply by e-mail. */
export const onTicketReplied = (deps: SupportNotifyDeps) =>
  eventHandler({ name: 'notify-ticket-replied', event: TicketReplied, actor: 'notifier' }, async (event) => {
    const outcome = await notifyTicketCustomer(deps, {
      tenantId: event.metadata.tenantId,
      eventId: event.metadata.eventId,
      ticketId: event.data.ticketId,
      kind: 'replied',
    });
    logger.info('ticket reply notified', { outcome });
  });

export const handler = onTicketReplied(supportNotifyDeps);
