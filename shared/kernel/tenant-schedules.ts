import { Cron } from 'croner';

/**
 * Which scheduled jobs are due for which tenant, in a window of time. Pure: no clock, no I/O.
 *
 * Tenants are onboarded while the system runs, so the deployment cannot hold one schedule per
 * tenant. On AWS one schedule ticks every `DISPATCH_INTERVAL_MINUTES` (UTC) and its dispatcher asks
 * this module which runs fell in the window `(previous tick, this tick]`; the local scheduler
 * fires the same cron expressions with the same library and options, so both runtimes agree on
 * every instant, daylight-saving changes included:
 * - a time that does not exist on the day clocks go forward (02:30 in Europe/Ljubljana on the
 *   last Sunday of March) runs at the first valid time after the gap (03:00 local);
 * - a time that happens twice on the day clocks go back runs once, at its first occurrence (the
 *   summer-time one).
 */

/** The dispatcher's tick: every quarter of an hour, on the quarter, so tenants at :30 and :45 offsets are caught on time. */
export const DISPATCH_INTERVAL_MINUTES = 15;

/** What of a schedule decides when it is due (`functions/manifest.ts` `Schedule`). */
export interface ScheduleTiming {
  name: string;
  /** Five-field cron in the schedule's time zone. */
  cron: string;
  /** In each tenant's own time zone; otherwise UTC. */
  perTenantTimeZone: boolean;
}

/** What of a tenant decides when its runs are due. */
export interface ScheduledTenant {
  tenantId: string;
  /** IANA time zone, e.g. `Europe/Ljubljana`. */
  timeZone: string;
}

/** One run to start: the payload a scheduled handler receives (`scheduledHandler`). */
export interface DueRun {
  tenantId: string;
  /** The instant the run was due, ISO 8601 UTC. */
  scheduledTime: string;
  schedule: string;
}

/**
 * On AWS the dispatcher puts each due run on the stage's bus under this source and detail-type, its
 * detail the run itself; one rule per schedule (matching `detail.schedule`) passes the detail to
 * that schedule's function as its input. Domain subscribers never match it: their rules name
 * their contracts' sources.
 */
export const SCHEDULED_RUN_SOURCE = 'switchboard.scheduler';
export const SCHEDULED_RUN_DETAIL_TYPE = 'ScheduledRunDue';

/** The croner options both runtimes use (`infra/local/scheduler.ts` passes the same mode). */
const CRON_MODE = '5-or-6-parts' as const;

const timingOf = (cron: string, timeZone: string) =>
  new Cron(cron, { timezone: timeZone, paused: true, mode: CRON_MODE });

/**
 * Every (schedule, tenant, instant) with the instant in `(windowStart, windowEnd]`: a run due
 * exactly at a tick belongs to that tick's window, not the next one. Ordered by instant, then
 * schedule, then tenant.
 */
export function dueRuns(
  schedules: readonly ScheduleTiming[],
  tenants: readonly ScheduledTenant[],
  windowStart: Date,
  windowEnd: Date,
): DueRun[] {
  if (!(windowStart.getTime() < windowEnd.getTime())) return [];
  const out: DueRun[] = [];
  for (const schedule of schedules) {
    // One timing per time zone, not per tenant: most tenants of a stage share a few zones.
    const byZone = new Map<string, ReturnType<typeof timingOf>>();
    for (const tenant of tenants) {
      const timeZone = schedule.perTenantTimeZone ? tenant.timeZone : 'UTC';
      let timing = byZone.get(timeZone);
      if (!timing) {
        timing = timingOf(schedule.cron, timeZone);
        byZone.set(timeZone, timing);
      }
      for (let at = timing.nextRun(windowStart); at && at <= windowEnd; at = timing.nextRun(at)) {
        out.push({ tenantId: tenant.tenantId, scheduledTime: at.toISOString(), schedule: schedule.name });
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.scheduledTime.localeCompare(b.scheduledTime) ||
      a.schedule.localeCompare(b.schedule) ||
      a.tenantId.localeCompare(b.tenantId),
  );
}

/** The window a tick at `tickTime` covers: the interval since the previous tick, ending at this one. */
export function tickWindow(tickTime: Date): { start: Date; end: Date } {
  return { start: new Date(tickTime.getTime() - DISPATCH_INTERVAL_MINUTES * 60_000), end: tickTime };
}

/**
 * Throws, naming the schedule, when a schedule cannot be dispatched: a cron expression croner
 * refuses, a name listed twice, or a name the scheduled handler's payload would refuse.
 */
export function checkSchedules(schedules: readonly ScheduleTiming[]): void {
  const seen = new Set<string>();
  for (const s of schedules) {
    if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(s.name))
      throw new Error(`schedule "${s.name}": name must be kebab-case`);
    if (seen.has(s.name)) throw new Error(`schedule "${s.name}" is listed twice`);
    seen.add(s.name);
    try {
      timingOf(s.cron, 'UTC');
    } catch (e) {
      throw new Error(`schedule "${s.name}": cron "${s.cron}" is invalid (${(e as Error).message})`);
    }
  }
}
