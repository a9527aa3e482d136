import { scheduledHandler } from '#shared/handlers/scheduled-handler.ts';
import { logger } from '#shared/kernel/observability.ts';
import type { UsageDeps } from '#shared/usage/ports.ts';
import { liftPeriodBars } from '#shared/usage/use-cases/lift-period-bars.ts';
import { usageDeps } from '#wiring';

/** 00:00 on the 1st in the tenant's time zone: the bars of the period that ended are lifted. */
export const liftBars = (deps: Pick<UsageDeps, 'usage' | 'clock'>) =>
  scheduledHandler({ name: 'lift-period-bars', actor: 'scheduler' }, async (run, actor) => {
    const result = await liftPeriodBars(deps, actor, run.scheduledTime);
    logger.info('period bars lifted', result);
    return result;
  });

export const handler = liftBars(usageDeps);
