import type { Context } from 'aws-lambda';
import { DunningOutcomeRecorded } from '#events/dunning-outcome-recorded.ts';
import { InvoiceVoided } from '#events/invoice-voided.ts';
import { PaymentReceived } from '#events/payment-received.ts';
import type { DunningEventDeps } from '#shared/dunning/ports.ts';
import { recordAndWake, wakeOnPayment, wakeWorkflow } from '#shared/dunning/use-cases/workflow-events.ts';
import { type BusDelivery, eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningEventDeps } from '#wiring';

/**
 * Wakes an invoice's dunning workflow: a payment that leaves nothing due (`PaymentReceived` for the
 * invoice), a void (`InvoiceVoided`), a proof submitted or decided (`DunningOutcomeRecorded`). The
 * outcome is recorded on the dunning first, so a workflow that was not waiting yet finds it.
 */
export const wakeDunning = (deps: DunningEventDeps) => {
  const paid = eventHandler(
    { name: 'wake-dunning-paid', event: PaymentReceived, actor: 'workflow' },
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
  const voided = eventHandler(
    { name: 'wake-dunning-voided', event: InvoiceVoided, actor: 'workflow' },
    async (event) => {
      const outcome = await recordAndWake(deps, event.metadata.tenantId, event.data.invoiceId, {
        kind: 'voided',
        at: event.metadata.occurredAt,
      });
      logger.info('dunning voided', { invoiceId: event.data.invoiceId, outcome });
    },
  );
  const recorded = eventHandler(
    { name: 'wake-dunning-outcome', event: DunningOutcomeRecorded, actor: 'workflow' },
    async (event) => {
      const dunning = await deps.dunnings.get(event.metadata.tenantId, event.data.invoiceId);
      const outcome = dunning ? await wakeWorkflow(deps, dunning) : 'no-dunning';
      logger.info('dunning outcome', { invoiceId: event.data.invoiceId, outcome });
    },
  );
  return (event: BusDelivery, context: Context) => {
    switch (event['detail-type']) {
      case PaymentReceived.detailType:
        return paid(event, context);
      case InvoiceVoided.detailType:
        return voided(event, context);
      default:
        return recorded(event, context);
    }
  };
};

export const handler = wakeDunning(dunningEventDeps);
