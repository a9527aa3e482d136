import { SpendingWarningReached } from '#events/spending-warning-reached.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SpendingNoticeDeps } from '#shared/usage/ports.ts';
import { notifySpending } from '#shared/usage/use-cases/notify-spending.ts';
import { spendingNoticeDeps } from '#wiring';

/** `SpendingWarningReached` → an SMS to the number, in its group's language (once per event). */
export const onSpendingWarningReached = (deps: SpendingNoticeDeps) =>
  eventHandler(
    { name: 'notify-spending-warning', event: SpendingWarningReached, actor: 'notifier' },
    async (event) => {
      const outcome = await notifySpending(deps, { kind: 'warning', event });
      logger.info('spending notice', { kind: 'warning', outcome });
    },
  );

export const handler = onSpendingWarningReached(spendingNoticeDeps);
