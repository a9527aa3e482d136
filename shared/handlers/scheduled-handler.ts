import type { Context } from 'aws-lambda';
import * as z from 'zod';
import type { Actor, SystemSubject } from '../kernel/actor.ts';
import { InvalidInput } from '../kernel/errors.ts';
import { logger } from '../kernel/observability.ts';
import { TenantIdSchema } from '../kernel/tenant.ts';
import { deliveryRunner } from './delivery-idempotency.ts';
import { countMetric, failures, observed, useOperationDimension } from './middleware.ts';
import { loadSystemActor } from './system-actor.ts';
import { issuesFromZod } from './validation.ts';

/**
 * The schedule's input payload (every schedule of `functions/registry.ts` sends it). On AWS the
 * 15-minute dispatcher (`functions/system/run-tenant-schedules.ts`) puts each due run on the bus,
 * and the schedule's rule passes the event's detail (this shape) to its function; locally
 * `infra/local/scheduler.ts` sends the same shape.
 */
export const ScheduledEventSchema = z.object({
  tenantId: TenantIdSchema,
  scheduledTime: z.iso.datetime({ offset: true }),
  schedule: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a kebab-case schedule name'),
});

/** What a scheduled handler receives. */
export type ScheduledEvent = z.infer<typeof ScheduledEventSchema>;

export interface ScheduledJob {
  /** The job's name: the metrics' operation dimension and part of every idempotency key. */
  name: string;
  actor: SystemSubject;
}

export type ScheduledImpl<R> = (run: ScheduledEvent, actor: Actor) => Promise<R>;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The scheduled time in one form (UTC, milliseconds), whichever form the trigger wrote. */
function utc(time: unknown): string | undefined {
  const ms = typeof time === 'string' ? Date.parse(time) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** `bill-run:alpina:2025-02-01T00:00:00.000Z`: the same for every delivery of one run. */
function runId(e: { schedule?: unknown; tenantId?: unknown; scheduledTime?: unknown }): string | undefined {
  const parts = [str(e.schedule), str(e.tenantId), utc(e.scheduledTime)];
  return parts.every(Boolean) ? parts.join(':') : undefined;
}

/**
 * Builds the Lambda handler of a scheduled job (an EventBridge Scheduler schedule or a scheduled
 * rule, one per tenant): the payload validated, log keys (the run id as correlation id, tenant id,
 * schedule), metrics, a system actor of the tenant, and idempotency on the run (schedule name and
 * scheduled time), so a second delivery of the same run starts nothing; a run that failed stores
 * nothing and runs again when retried. Failures are logged and thrown (retried, then dead-lettered).
 */
export function scheduledHandler<R = unknown>(job: ScheduledJob, impl: ScheduledImpl<R>) {
  useOperationDimension(job.name);
  const once = deliveryRunner<R>(job.name);

  const core = async (event: unknown, context: Context): Promise<R> => {
    const parsed = ScheduledEventSchema.safeParse(event);
    if (!parsed.success) throw new InvalidInput(issuesFromZod(parsed.error, 'input'));
    const run = parsed.data;
    const id = runId(run)!;
    const outcome = await once({ tenantId: run.tenantId, key: id }, context, async () =>
      impl(run, await loadSystemActor(run.tenantId, job.actor, id)),
    );
    if (outcome.duplicate) logger.info('scheduled run already done: not started again');
    countMetric(outcome.duplicate ? 'ScheduledRunDuplicate' : 'ScheduledRunDone');
    return outcome.result;
  };

  return observed(core, (event, context) => {
    const e = (event ?? {}) as Record<string, unknown>;
    return {
      correlation_id: runId(e) ?? context.awsRequestId,
      tenant_id: str(e.tenantId),
      schedule: str(e.schedule),
      scheduled_time: str(e.scheduledTime),
    };
  }).use(failures<unknown, R>('ScheduledRunFailed', 'scheduled run failed'));
}
