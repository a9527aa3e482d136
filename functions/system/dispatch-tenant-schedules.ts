import type { Page } from '#shared/db/pagination.ts';
import {
  type DueRun,
  dueRuns,
  SCHEDULED_RUN_DETAIL_TYPE,
  SCHEDULED_RUN_SOURCE,
  type ScheduledTenant,
  type ScheduleTiming,
} from '#shared/kernel/tenant-schedules.ts';
import type { BusEvent, EventBus } from '#shared/publishing/ports.ts';

export interface DispatchDeps {
  /** The tenants' paginated list (a Query on the tenant list's index partition, never a Scan). */
  tenants: { list(limit: number, cursor?: string): Promise<Page<ScheduledTenant>> };
  bus: EventBus;
}

const TENANT_PAGE = 100;

/**
 * One tick of the tenant schedules: every tenant, read page by page, and every run of `schedules`
 * due in `(start, end]` put on the bus, from where each schedule's rule starts its function. The
 * targets are idempotent on (schedule, tenant, scheduled time), so a tick delivered twice or late,
 * or retried after a partial failure, starts nothing twice.
 */
export async function dispatchTenantSchedules(
  deps: DispatchDeps,
  schedules: readonly ScheduleTiming[],
  window: { start: Date; end: Date },
): Promise<DueRun[]> {
  if (schedules.length === 0) return [];
  const tenants: ScheduledTenant[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.tenants.list(TENANT_PAGE, cursor);
    tenants.push(...page.items.map(({ tenantId, timeZone }) => ({ tenantId, timeZone })));
    cursor = page.nextCursor;
  } while (cursor);
  const runs = dueRuns(schedules, tenants, window.start, window.end);
  const events: BusEvent[] = runs.map((run) => ({
    source: SCHEDULED_RUN_SOURCE,
    detailType: SCHEDULED_RUN_DETAIL_TYPE,
    detail: JSON.stringify(run),
  }));
  if (events.length) await deps.bus.publish(events);
  return runs;
}
