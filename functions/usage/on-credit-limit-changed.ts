import { CreditLimitChanged } from '#events/credit-limit-changed.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { UsageDeps } from '#shared/usage/ports.ts';
import { reviewSpending } from '#shared/usage/use-cases/review-spending.ts';
import { usageDeps } from '#wiring';

/** `CreditLimitChanged` (a deposit, an approved increase) → the number's spend held against the new limit. */
export const onCreditLimitChanged = (deps: UsageDeps) =>
  eventHandler(
    { name: 'review-spending-on-limit', event: CreditLimitChanged, actor: 'spending-control' },
    async (event, actor) => {
      const outcome = await reviewSpending(deps, actor, event.data, 'limit-raised');
      logger.info('spending reviewed', { outcome, cause: event.data.reason });
    },
  );

export const handler = onCreditLimitChanged(usageDeps);
