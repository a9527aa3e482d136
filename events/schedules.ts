/**
 * Scheduled jobs. On AWS each entry becomes one EventBridge Scheduler schedule per tenant (in the
 * tenant's time zone when `perTenantTimeZone`); locally `infra/local/scheduler.ts` runs the same
 * entries with croner. The target handler receives a `ScheduledEvent`.
 */
export interface Schedule {
  name: string;
  /** Five-field cron in the schedule's time zone, e.g. `0 0 1 * *` (midnight on the 1st). */
  cron: string;
  /** Run at `cron` in each tenant's own time zone (otherwise UTC). */
  perTenantTimeZone: boolean;
  /** Handler module, from the repo root, without extension. */
  handler: string;
}

/** What a scheduled handler receives (the schedule's input payload). */
export interface ScheduledEvent {
  tenantId: string;
  /** ISO 8601 UTC: the time the run was due. */
  scheduledTime: string;
  schedule: string;
}

export const schedules: Schedule[] = [];
