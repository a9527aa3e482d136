import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { failures, observed, useOperationDimension } from '#shared/handlers/middleware.ts';
import { logger, metrics } from '#shared/kernel/observability.ts';
import { tickWindow } from '#shared/kernel/tenant-schedules.ts';
import { eventBridgeBus } from '#shared/publishing/eventbridge.ts';
import { dynamoTenantRepository } from '#shared/tenants/dynamo.ts';
import { type DispatchDeps, dispatchTenantSchedules } from './dispatch-tenant-schedules.ts';

/**
 * The input of the tick (`infra/stacks/schedules-stack.ts`): the tick's own scheduled time, filled
 * by EventBridge Scheduler, and the deployment's schedules, written into the input at synth, so the
 * function and the rules it feeds are built from one list.
 */
export const TickSchema = z.object({
  scheduledTime: z.iso.datetime({ offset: true }),
  schedules: z.array(
    z.object({ name: z.string().min(1), cron: z.string().min(1), perTenantTimeZone: z.boolean() }),
  ),
});

/**
 * Every 15 minutes (UTC): the runs of the schedules that came due for each tenant since the
 * previous tick, in the tenant's time zone, put on the bus for the schedules' functions. The window
 * follows from the scheduled time, not the clock, so a late or repeated delivery covers the same
 * quarter of an hour. A failure is thrown: Lambda retries the tick, then dead-letters it.
 */
export const runTenantSchedules = (deps: DispatchDeps) => {
  useOperationDimension('run-tenant-schedules');
  const core = async (event: unknown, _context: Context) => {
    const tick = TickSchema.parse(event);
    const window = tickWindow(new Date(tick.scheduledTime));
    const runs = await dispatchTenantSchedules(deps, tick.schedules, window);
    metrics.addMetric('ScheduledRunDispatched', MetricUnit.Count, runs.length);
    logger.info('tenant schedules dispatched', {
      from: window.start.toISOString(),
      to: window.end.toISOString(),
      runs: runs.map((r) => `${r.schedule}:${r.tenantId}:${r.scheduledTime}`),
    });
    return { dispatched: runs.length };
  };
  return observed(core, (event) => ({
    correlation_id: `tick:${String((event as { scheduledTime?: unknown } | undefined)?.scheduledTime)}`,
  })).use(failures('TickFailed', 'tenant schedules tick failed'));
};

export const handler = runTenantSchedules({ tenants: dynamoTenantRepository, bus: eventBridgeBus });
