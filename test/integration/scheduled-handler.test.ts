import { beforeAll, describe, expect, it, vi } from 'vitest';
import { localContext } from '../../infra/local/api-event.ts';
import type { ScheduledEvent } from '../../shared/handlers/scheduled-handler.ts';
import { scheduledHandler } from '../../shared/handlers/scheduled-handler.ts';
import type { Actor } from '../../shared/kernel/actor.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { createTenant } from '../support/fixtures.ts';
import { captureLogs } from '../support/logs.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'sched-factory';
const ctx = () => localContext('bill-run') as never;
const run = (scheduledTime: string, schedule = 'bill-run'): ScheduledEvent => ({
  tenantId: T,
  scheduledTime,
  schedule,
});

function fakeBillRun() {
  return vi.fn(async (r: ScheduledEvent, actor: Actor) => {
    logger.info('bill run started');
    return { started: r.scheduledTime, by: actor.principal.subject };
  });
}

beforeAll(async () => {
  await createTenant(T);
});

describe('scheduledHandler', () => {
  it('starts a run once, however often the schedule delivers it', async () => {
    const billRun = fakeBillRun();
    const handler = scheduledHandler({ name: 'bill-run', actor: 'bill-run' }, billRun);
    const first = await handler(run('2026-02-01T00:00:00.000Z'), ctx());
    // A second delivery of the same run, written as EventBridge Scheduler writes the time.
    const again = await handler(run('2026-02-01T00:00:00Z'), ctx());
    expect(again).toEqual(first);
    expect(billRun).toHaveBeenCalledTimes(1);
    expect(billRun.mock.calls[0]![1]).toMatchObject({
      principal: { role: 'system', subject: 'bill-run', tenantId: T },
      tenant: { tenantId: T },
      correlationId: `bill-run:${T}:2026-02-01T00:00:00.000Z`,
    });
    // The next month is another run.
    await handler(run('2026-03-01T00:00:00.000Z'), ctx());
    expect(billRun).toHaveBeenCalledTimes(2);
  });

  it('keeps runs of different schedules at the same time apart', async () => {
    const job = fakeBillRun();
    const handler = scheduledHandler({ name: 'test-job', actor: 'scheduler' }, job);
    await handler(run('2026-04-01T00:00:00.000Z', 'reminders'), ctx());
    await handler(run('2026-04-01T00:00:00.000Z', 'usage-rollup'), ctx());
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('refuses a payload that is not a schedule’s, and lets a failed run be retried', async () => {
    let fail = true;
    const job = vi.fn(async () => {
      if (fail) throw new Error('table throttled');
      return 'done';
    });
    const handler = scheduledHandler({ name: 'test-job', actor: 'scheduler' }, job);
    await expect(handler({ tenantId: T, schedule: 'bill-run' }, ctx())).rejects.toMatchObject({
      kind: 'invalid-input',
      issues: [{ field: 'input.scheduledTime' }],
    });
    await expect(handler(run('not a time'), ctx())).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(job).not.toHaveBeenCalled();

    const r = run('2026-05-01T00:00:00.000Z');
    await expect(handler(r, ctx())).rejects.toThrow('table throttled');
    fail = false;
    await expect(handler(r, ctx())).resolves.toBe('done');
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('logs the run id as correlation id and the tenant on every line of the run', async () => {
    const handler = scheduledHandler({ name: 'bill-run', actor: 'bill-run' }, fakeBillRun());
    const logs = captureLogs();
    try {
      await handler(run('2026-06-01T00:00:00.000Z'), ctx());
      expect(logs.find('bill run started')[0]).toMatchObject({
        correlation_id: `bill-run:${T}:2026-06-01T00:00:00.000Z`,
        tenant_id: T,
        schedule: 'bill-run',
      });
    } finally {
      logs.restore();
    }
  });
});
