import { DunningStageChanged } from '#events/dunning-stage-changed.ts';
import type { DunningNoticeDeps } from '#shared/dunning/ports.ts';
import { notifyDunning } from '#shared/dunning/use-cases/notify-dunning.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningNoticeDeps } from '#wiring';

/** `DunningStageChanged` → the administrator's SMS and e-mail (and the staff's, for collections), each once. */
export const onDunningStageChanged = (deps: DunningNoticeDeps) =>
  eventHandler({ name: 'notify-dunning', event: DunningStageChanged, actor: 'notifier' }, async (event) => {
    const sent = await notifyDunning(deps, {
      tenantId: event.metadata.tenantId,
      eventId: event.metadata.eventId,
      ...event.data,
    });
    logger.info('dunning notified', { invoiceId: event.data.invoiceId, stage: event.data.stage, sent });
  });

export const handler = onDunningStageChanged(dunningNoticeDeps);
