import { NumberBarred } from '#events/number-barred.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { SpendingNoticeDeps } from '#shared/usage/ports.ts';
import { notifySpending } from '#shared/usage/use-cases/notify-spending.ts';
import { spendingNoticeDeps } from '#wiring';

/** `NumberBarred` → an SMS to the number, in its group's language (once per event). */
export const onNumberBarred = (deps: SpendingNoticeDeps) =>
  eventHandler({ name: 'notify-number-barred', event: NumberBarred, actor: 'notifier' }, async (event) => {
    const outcome = await notifySpending(deps, { kind: 'barred', event });
    logger.info('spending notice', { kind: 'barred', outcome });
  });

export const handler = onNumberBarred(spendingNoticeDeps);
