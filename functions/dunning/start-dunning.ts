import { InvoiceIssued } from '#events/invoice-issued.ts';
import type { DunningEventDeps } from '#shared/dunning/ports.ts';
import { startDunning } from '#shared/dunning/use-cases/workflow-events.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningEventDeps } from '#wiring';

/** `InvoiceIssued` with something due → the invoice's dunning workflow (one execution per invoice). */
export const onInvoiceIssued = (deps: DunningEventDeps) =>
  eventHandler({ name: 'start-dunning', event: InvoiceIssued, actor: 'workflow' }, async (event) => {
    const outcome = await startDunning(deps, {
      tenantId: event.metadata.tenantId,
      invoiceId: event.data.invoiceId,
      amountDue: event.data.amountDue,
      correlationId: event.metadata.correlationId,
    });
    logger.info('dunning start', { invoiceId: event.data.invoiceId, outcome });
  });

export const handler = onInvoiceIssued(dunningEventDeps);
