import { CreditTransferred } from '#events/credit-transferred.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import {
  type NotifyDeps,
  notifyCreditTransferred,
} from '#shared/money/use-cases/notify-credit-transferred.ts';
import { notifyDeps } from '#wiring';

/** `CreditTransferred` → an SMS to the member, in the group's language (once per event). */
export const onCreditTransferred = (deps: NotifyDeps) =>
  eventHandler(
    { name: 'notify-credit-transferred', event: CreditTransferred, actor: 'notifier' },
    async (event) => {
      const outcome = await notifyCreditTransferred(deps, event);
      logger.info('credit transfer notified', { outcome });
    },
  );

export const handler = onCreditTransferred(notifyDeps);
