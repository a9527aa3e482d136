import { PaymentReceived } from '#events/payment-received.ts';
import type { DunningEventDeps } from '#shared/dunning/ports.ts';
import { wakeOnPayment } from '#shared/dunning/use-cases/workflow-events.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningEventDeps } from '#wiring';

/**
 * `PaymentReceived` for an invoice → when nothing is left to pay, the dunning's outcome is `paid`,
 * recorded first (a workflow not waiting yet finds it), then the workflow's wait is woken.
 */
export const onPaymentReceived = (deps: DunningEventDeps) =>
  eventHandler(
    { name: 'wake-dunning-on-payment', event: PaymentReceived, actor: 'workflow' },
    async (event) => {
      const invoiceId =
        event.data.purpose?.type === 'invoice'
          ? event.data.purpose.id
          : event.data.target?.type === 'invoice'
            ? event.data.target.invoiceId
            : undefined;
      if (!invoiceId) return;
      const outcome = await wakeOnPayment(deps, {
        tenantId: event.metadata.tenantId,
        invoiceId,
        receivedAt: event.data.receivedAt,
      });
      logger.info('dunning payment', { invoiceId, outcome });
    },
  );

export const handler = onPaymentReceived(dunningEventDeps);
