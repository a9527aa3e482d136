import { CreditLimitRequestDecided } from '#events/credit-limit-request-decided.ts';
import type { CreditLimitNotifyDeps } from '#shared/credit-limits/ports.ts';
import { notifyRequestDecided } from '#shared/credit-limits/use-cases/notify-request-decided.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { creditLimitNotifyDeps } from '#wiring';

/** `CreditLimitRequestDecided` → an SMS to the number and its admin, in the group's language (once per event). */
export const onIncreaseRequestDecided = (deps: CreditLimitNotifyDeps) =>
  eventHandler(
    { name: 'notify-credit-limit-decision', event: CreditLimitRequestDecided, actor: 'notifier' },
    async (event) => {
      const outcome = await notifyRequestDecided(deps, event);
      logger.info('credit limit decision notified', { outcome });
    },
  );

export const handler = onIncreaseRequestDecided(creditLimitNotifyDeps);
