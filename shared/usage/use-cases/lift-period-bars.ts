import { NumberUnbarred } from '../../../events/number-unbarred.ts';
import type { Actor } from '../../kernel/actor.ts';
import { addMonths, billingPeriod } from '../../kernel/calendar.ts';
import type { UsageDeps } from '../ports.ts';

/**
 * A new billing period began: every number spending control barred in the previous period is
 * restored (the bar lasts one period; the new period's usage starts clean). Each lift is one write
 * of the previous period's usage with its `NumberUnbarred` event, so running the job again — a
 * second delivery, a retry after a crash — lifts only what is still barred.
 */
export async function liftPeriodBars(
  deps: Pick<UsageDeps, 'usage' | 'clock'>,
  actor: Actor,
  scheduledTime: string,
): Promise<{ lifted: number }> {
  const { tenant } = actor;
  const tenantId = tenant.tenantId;
  const current = billingPeriod(new Date(scheduledTime), tenant.timeZone);
  const previous = addMonths(`${current}-01`, -1).slice(0, 7);
  let lifted = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.usage.listBarred(tenantId, previous, 100, cursor);
    for (const usage of page.items) {
      if (!usage.bar) continue;
      const { bar, ...rest } = usage;
      // A late record of the previous period moving the item fails the run, which is retried.
      await deps.usage.writeSpendingState({
        usage: rest,
        expectedVersion: usage.version,
        events: [
          {
            contract: NumberUnbarred,
            data: {
              groupId: usage.groupId,
              msisdn: usage.msisdn,
              period: current,
              reason: bar.reason,
              cause: 'new-period',
            },
          },
        ],
        at: deps.clock.now(),
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      });
      lifted++;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { lifted };
}
