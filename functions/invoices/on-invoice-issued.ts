import { InvoiceIssued } from '#events/invoice-issued.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import {
  type InvoiceNoticeDeps,
  notifyInvoiceIssued,
} from '#shared/invoices/use-cases/notify-invoice-issued.ts';
import { logger } from '#shared/kernel/observability.ts';
import { invoiceNoticeDeps } from '#wiring';

/** `InvoiceIssued` → the administrator's e-mail (with the PDF link) and SMS, each once. */
export const onInvoiceIssued = (deps: InvoiceNoticeDeps) =>
  eventHandler({ name: 'notify-invoice-issued', event: InvoiceIssued, actor: 'notifier' }, async (event) => {
    const outcome = await notifyInvoiceIssued(deps, {
      tenantId: event.metadata.tenantId,
      eventId: event.metadata.eventId,
      ...event.data,
    });
    logger.info('invoice issued notified', { invoiceId: event.data.invoiceId, outcome });
  });

export const handler = onInvoiceIssued(invoiceNoticeDeps);
