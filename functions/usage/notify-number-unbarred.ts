import { NumberUnbarred } from '#events/number-unbarred.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SpendingNoticeDeps } from '#shared/usage/ports.ts';
import { notifySpending } from '#shared/usage/use-cases/notify-spending.ts';
import { spendingNoticeDeps } from '#wiring';

/** `NumberUnbarred` → an SMS to the number, in its group's language (once per event). */
export const onNumberUnbarred = (deps: SpendingNoticeDeps) =>
  eventHandler(
    { name: 'notify-number-unbarred', event: NumberUnbarred, actor: 'notifier' },
    async (event) => {
      const outcome = await notifySpending(deps, { kind: 'unbarred', event });
      logger.info('spending notice', { kind: 'unbarred', outcome });
    },
  );

export const handler = onNumberUnbarred(spendingNoticeDeps);
