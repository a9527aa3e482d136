import { CreditLimitChanged } from '#events/credit-limit-changed.ts';
import type { CreditLimitNotifyDeps } from '#shared/credit-limits/ports.ts';
import { notifyDepositPaid } from '#shared/credit-limits/use-cases/notify-deposit-paid.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import { creditLimitNotifyDeps } from '#wiring';

/** `CreditLimitChanged` by a paid deposit → an SMS to the number and its admin, in the group's language (once per event). */
export const onCreditLimitChanged = (deps: CreditLimitNotifyDeps) =>
  eventHandler(
    { name: 'notify-deposit-paid', event: CreditLimitChanged, actor: 'notifier' },
    async (event) => {
      const outcome = await notifyDepositPaid(deps, event);
      logger.info('credit limit change notified', { outcome });
    },
  );

export const handler = onCreditLimitChanged(creditLimitNotifyDeps);
