import { ServiceSettingsChanged } from '#events/service-settings-changed.ts';
import { eventHandler } from '#shared/handlers/event-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { UsageDeps } from '#shared/usage/ports.ts';
import { reviewSpending } from '#shared/usage/use-cases/review-spending.ts';
import { usageDeps } from '#wiring';

const sameCap = (a: { amount: number } | null, b: { amount: number } | null) =>
  a === b || (a !== null && b !== null && a.amount === b.amount);

/** The administrator changed a member's spending cap → its spend held against the new cap. */
export const onServiceSettingsChanged = (deps: UsageDeps) =>
  eventHandler(
    { name: 'review-spending-on-cap', event: ServiceSettingsChanged, actor: 'spending-control' },
    async (event, actor) => {
      const { before, after, groupId, msisdn } = event.data;
      if (sameCap(before.spendingCap, after.spendingCap)) return;
      const outcome = await reviewSpending(deps, actor, { groupId, msisdn }, 'cap-changed');
      logger.info('spending reviewed', { outcome, cause: 'cap-changed' });
    },
  );

export const handler = onServiceSettingsChanged(usageDeps);
