import { DunningOutcomeRecorded } from '#events/dunning-outcome-recorded.ts';
import type { DunningEventDeps } from '#shared/dunning/ports.ts';
import { wakeWorkflow } from '#shared/dunning/use-cases/workflow-events.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningEventDeps } from '#wiring';

/**
 * `DunningOutcomeRecorded` (a payment proof submitted or decided, recorded by its command) → the
 * workflow's wait is woken, if it is waiting.
 */
export const onOutcomeRecorded = (deps: DunningEventDeps) =>
  eventHandler(
    { name: 'wake-dunning-on-outcome', event: DunningOutcomeRecorded, actor: 'workflow' },
    async (event) => {
      const dunning = await deps.dunnings.get(event.metadata.tenantId, event.data.invoiceId);
      const outcome = dunning ? await wakeWorkflow(deps, dunning) : 'no-dunning';
      logger.info('dunning outcome', { invoiceId: event.data.invoiceId, outcome });
    },
  );

export const handler = onOutcomeRecorded(dunningEventDeps);
