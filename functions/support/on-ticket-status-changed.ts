import { TicketStatusChanged } from '#events/ticket-status-changed.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SupportNotifyDeps } from '#shared/support/ports.ts';
import { notifyTicketCustomer } from '#shared/support/use-cases/notify-ticket-customer.ts';
import { supportNotifyDeps } from '#wiring';

/** `TicketStatusChanged` → the customer told once that its ticket was closed or opened again. */
export const onTicketStatusChanged = (deps: SupportNotifyDeps) =>
  eventHandler(
    { name: 'notify-ticket-status', event: TicketStatusChanged, actor: 'notifier' },
    async (event) => {
      const outcome = await notifyTicketCustomer(deps, {
        tenantId: event.metadata.tenantId,
        eventId: event.metadata.eventId,
        ticketId: event.data.ticketId,
        kind: 'status',
      });
      logger.info('ticket status notified', { outcome });
    },
  );

export const handler = onTicketStatusChanged(supportNotifyDeps);
