import { InvoiceVoided } from '#events/invoice-voided.ts';
import type { DunningEventDeps } from '#shared/dunning/ports.ts';
import { recordAndWake } from '#shared/dunning/use-cases/workflow-events.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningEventDeps } from '#wiring';

/** `InvoiceVoided` → the dunning's outcome is `voided` (recorded, then the workflow woken): it ends. */
export const onInvoiceVoided = (deps: DunningEventDeps) =>
  eventHandler({ name: 'wake-dunning-on-void', event: InvoiceVoided, actor: 'workflow' }, async (event) => {
    const outcome = await recordAndWake(deps, event.metadata.tenantId, event.data.invoiceId, {
      kind: 'voided',
      at: event.metadata.occurredAt,
    });
    logger.info('dunning voided', { invoiceId: event.data.invoiceId, outcome });
  });

export const handler = onInvoiceVoided(dunningEventDeps);
