import { Cron } from 'croner';
import type { Schedule } from '../../functions/manifest.ts';
import type { ScheduledEvent } from '../../shared/handlers/scheduled-handler.ts';
import { logger } from '../../shared/kernel/observability.ts';
import type { Tenant } from '../../shared/kernel/tenant.ts';
import { dynamoTenantRepository } from '../../shared/tenants/dynamo.ts';
import type { TenantRepository } from '../../shared/tenants/ports.ts';
import { localContext } from './api-event.ts';
import { loadModuleHandler } from './event-bus.ts';
import { invoke } from './invocations.ts';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

export interface SchedulerOptions {
  /** Defaults to the schedules of `functions/registry.ts`. */
  schedules?: Schedule[];
  tenants?: TenantRepository;
  load?: (modulePath: string) => Promise<Handler>;
  /** How often the tenant list is read again, so a tenant onboarded later gets its jobs. */
  refreshMs?: number;
}

export interface LocalScheduler {
  /** Runs a schedule for one tenant now, as if it were due; resolves when the handler is done. */
  runNow(schedule: string, tenantId: string): Promise<void>;
  /** When the schedule next fires for the tenant (after `after`, default now); undefined if there is no such job. */
  nextRun(schedule: string, tenantId: string, after?: Date): Date | undefined;
  /** The jobs in force: one per schedule and tenant. */
  jobs(): { schedule: string; tenantId: string; timeZone: string; nextRun?: Date }[];
  /** Reads the tenant list again and adds or moves jobs. */
  refresh(): Promise<void>;
  stop(): void;
}

interface Job {
  schedule: Schedule;
  tenantId: string;
  timeZone: string;
  cron: Cron;
}

async function allTenants(repo: TenantRepository): Promise<Tenant[]> {
  const out: Tenant[] = [];
  let cursor: string | undefined;
  do {
    const page = await repo.list(100, cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const key = (schedule: string, tenantId: string) => `${schedule}\u0000${tenantId}`;

let active: LocalScheduler | undefined;

/**
 * Stands in for EventBridge Scheduler: one croner job per schedule and tenant, in the tenant's
 * time zone when the schedule asks for it (UTC otherwise). The handler gets the schedule's input
 * payload `{ tenantId, scheduledTime, schedule }`; a failed run is logged.
 */
export async function startScheduler(opts: SchedulerOptions = {}): Promise<LocalScheduler> {
  const list = opts.schedules ?? (await import('../../functions/registry.ts')).schedules;
  const repo = opts.tenants ?? dynamoTenantRepository;
  const load = opts.load ?? loadModuleHandler;
  const jobs = new Map<string, Job>();
  let stopped = false;

  async function run(schedule: Schedule, tenantId: string, scheduledTime: Date) {
    const event: ScheduledEvent = {
      tenantId,
      scheduledTime: scheduledTime.toISOString(),
      schedule: schedule.name,
    };
    try {
      const handler = await load(schedule.handler);
      await invoke(handler, event, localContext(schedule.name));
      logger.info('scheduled run done', {
        schedule: schedule.name,
        tenantId,
        scheduledTime: event.scheduledTime,
      });
    } catch (error) {
      logger.error('scheduled run failed', { schedule: schedule.name, tenantId, error: error as Error });
      throw error;
    }
  }

  async function refresh() {
    if (stopped || list.length === 0) return;
    const tenants = await allTenants(repo);
    for (const schedule of list) {
      for (const tenant of tenants) {
        const timeZone = schedule.perTenantTimeZone ? tenant.timeZone : 'UTC';
        const k = key(schedule.name, tenant.tenantId);
        const existing = jobs.get(k);
        if (existing?.timeZone === timeZone) continue;
        existing?.cron.stop();
        const cron = new Cron(
          schedule.cron,
          { timezone: timeZone, protect: true, catch: true, unref: true, mode: '5-or-6-parts' },
          async (self) => {
            await run(schedule, tenant.tenantId, self.currentRun() ?? new Date());
          },
        );
        jobs.set(k, { schedule, tenantId: tenant.tenantId, timeZone, cron });
      }
    }
  }

  await refresh();
  const timer = setInterval(() => {
    refresh().catch((error: unknown) => logger.error('scheduler refresh failed', { error: error as Error }));
  }, opts.refreshMs ?? 60_000);
  timer.unref();

  const scheduler: LocalScheduler = {
    async runNow(name, tenantId) {
      const job = jobs.get(key(name, tenantId));
      if (job) return run(job.schedule, tenantId, new Date());
      const schedule = list.find((s) => s.name === name);
      if (!schedule) throw new Error(`No schedule named ${name}`);
      throw new Error(`No job of ${name} for tenant ${tenantId}`);
    },
    nextRun(name, tenantId, after) {
      return jobs.get(key(name, tenantId))?.cron.nextRun(after) ?? undefined;
    },
    jobs() {
      return [...jobs.values()].map((j) => ({
        schedule: j.schedule.name,
        tenantId: j.tenantId,
        timeZone: j.timeZone,
        nextRun: j.cron.nextRun() ?? undefined,
      }));
    },
    refresh,
    stop() {
      stopped = true;
      clearInterval(timer);
      for (const j of jobs.values()) j.cron.stop();
      jobs.clear();
      if (active === scheduler) active = undefined;
    },
  };
  active = scheduler;
  return scheduler;
}

/** Runs a job of the scheduler started last (the local runtime's), as if it were due. */
export function runNow(schedule: string, tenantId: string): Promise<void> {
  if (!active) return Promise.reject(new Error('The local scheduler is not running'));
  return active.runNow(schedule, tenantId);
}
