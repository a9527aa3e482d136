import { PaymentProofDecided } from '#events/payment-proof-decided.ts';
import type { DunningNoticeDeps } from '#shared/dunning/ports.ts';
import { notifyProofDecided } from '#shared/dunning/use-cases/notify-proof-decided.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { dunningNoticeDeps } from '#wiring';

/** `PaymentProofDecided` → the administrator's SMS when its proof was rejected (once per event). */
export const onPaymentProofDecided = (deps: DunningNoticeDeps) =>
  eventHandler(
    { name: 'notify-proof-decided', event: PaymentProofDecided, actor: 'notifier' },
    async (event) => {
      const sent = await notifyProofDecided(deps, {
        tenantId: event.metadata.tenantId,
        eventId: event.metadata.eventId,
        ...event.data,
      });
      logger.info('proof decision notified', { proofId: event.data.proofId, sent });
    },
  );

export const handler = onPaymentProofDecided(dunningNoticeDeps);
