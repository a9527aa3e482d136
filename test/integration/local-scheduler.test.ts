import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schedule } from '../../functions/manifest.ts';
import { schedules as declaredSchedules } from '../../functions/registry.ts';
import { type LocalScheduler, runNow, startScheduler } from '../../infra/local/scheduler.ts';
import type { ScheduledEvent } from '../../shared/handlers/scheduled-handler.ts';
import type { Tenant } from '../../shared/kernel/tenant.ts';
import type { TenantRepository } from '../../shared/tenants/ports.ts';

function tenant(tenantId: string, timeZone: string): Tenant {
  return {
    tenantId,
    timeZone,
    name: tenantId,
    country: 'SI',
    locales: ['en'],
    currency: 'EUR',
    vatRateBasisPoints: 2200,
    invoiceSeriesPrefix: 'T-',
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

/** An in-memory repository that pages like the real one (2 per page). */
function fakeTenants(list: Tenant[]): TenantRepository {
  return {
    get: async (id) => list.find((t) => t.tenantId === id),
    list: async (limit, cursor) => {
      const from = cursor ? Number(cursor) : 0;
      const size = Math.min(limit, 2);
      const items = list.slice(from, from + size);
      return { items, nextCursor: from + size < list.length ? String(from + size) : undefined };
    },
    create: async () => {
      throw new Error('the scheduler only reads tenants');
    },
  };
}

const monthly: Schedule = {
  name: 'test-monthly',
  cron: '0 0 1 * *',
  perTenantTimeZone: true,
  handler: 'test/monthly',
};
const nightlyUtc: Schedule = {
  name: 'test-nightly',
  cron: '30 2 * * *',
  perTenantTimeZone: false,
  handler: 'test/nightly',
};

const noop = async () => undefined;

let scheduler: LocalScheduler | undefined;
afterEach(() => {
  scheduler?.stop();
  scheduler = undefined;
});

describe('local scheduler', () => {
  it('declares no schedule of its own (the invoice run adds its entry later)', () => {
    expect(Array.isArray(declaredSchedules)).toBe(true);
  });

  it('runs a per-tenant-time-zone schedule at midnight of each tenant', async () => {
    const repo = fakeTenants([
      tenant('alpina', 'Europe/Ljubljana'),
      tenant('rio', 'America/Sao_Paulo'),
      tenant('tokyo', 'Asia/Tokyo'),
    ]);
    scheduler = await startScheduler({
      schedules: [monthly, nightlyUtc],
      tenants: repo,
      load: async () => noop,
    });

    // Mid-March 2026: Ljubljana is on CET until 29 March, on CEST (UTC+2) on 1 April.
    const after = new Date('2026-03-15T12:00:00Z');
    expect(scheduler.nextRun('test-monthly', 'alpina', after)?.toISOString()).toBe(
      '2026-03-31T22:00:00.000Z',
    );
    expect(scheduler.nextRun('test-monthly', 'rio', after)?.toISOString()).toBe('2026-04-01T03:00:00.000Z');
    expect(scheduler.nextRun('test-monthly', 'tokyo', after)?.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    // In winter Ljubljana is UTC+1.
    const winter = new Date('2026-11-15T12:00:00Z');
    expect(scheduler.nextRun('test-monthly', 'alpina', winter)?.toISOString()).toBe(
      '2026-11-30T23:00:00.000Z',
    );

    // Not per tenant time zone: UTC for everyone.
    expect(scheduler.nextRun('test-nightly', 'alpina', after)?.toISOString()).toBe(
      '2026-03-16T02:30:00.000Z',
    );
    expect(scheduler.nextRun('test-nightly', 'rio', after)?.toISOString()).toBe('2026-03-16T02:30:00.000Z');

    // Without a reference date the next run is in the future, within a month.
    const next = scheduler.nextRun('test-monthly', 'rio')!;
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(32 * 24 * 3600 * 1000);

    expect(scheduler.jobs()).toHaveLength(6);
    expect(scheduler.nextRun('test-monthly', 'nobody')).toBeUndefined();
  });

  it('invokes the handler with the scheduler payload when a job is run now', async () => {
    const handler = vi.fn(async (_event: ScheduledEvent) => undefined);
    const load = vi.fn(async () => handler as (event: unknown) => Promise<unknown>);
    scheduler = await startScheduler({
      schedules: [monthly],
      tenants: fakeTenants([tenant('alpina', 'Europe/Ljubljana')]),
      load,
    });
    const before = Date.now();
    await runNow('test-monthly', 'alpina');
    expect(load).toHaveBeenCalledWith('test/monthly');
    expect(handler).toHaveBeenCalledTimes(1);
    const event = handler.mock.calls[0]![0];
    expect(event).toEqual({
      tenantId: 'alpina',
      schedule: 'test-monthly',
      scheduledTime: expect.any(String),
    });
    expect(Date.parse(event.scheduledTime)).toBeGreaterThanOrEqual(before - 1000);

    await expect(runNow('test-monthly', 'nobody')).rejects.toThrow(/No job/);
    await expect(runNow('no-such-schedule', 'alpina')).rejects.toThrow(/No schedule/);
  });

  it('fires a due job by itself and reports a failing handler', async () => {
    const calls: ScheduledEvent[] = [];
    let fail = true;
    const handler = async (event: unknown) => {
      calls.push(event as ScheduledEvent);
      if (fail) throw new Error('boom');
    };
    // Six-field pattern: every second, so the test does not wait a month.
    scheduler = await startScheduler({
      schedules: [{ name: 'test-every-second', cron: '* * * * * *', perTenantTimeZone: true, handler: 'x' }],
      tenants: fakeTenants([tenant('alpina', 'Europe/Ljubljana')]),
      load: async () => handler,
    });
    await expect(runNow('test-every-second', 'alpina')).rejects.toThrow('boom');
    fail = false;
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(2), { timeout: 3000 });
    const fired = calls[calls.length - 1]!;
    expect(fired.tenantId).toBe('alpina');
    expect(new Date(fired.scheduledTime).getUTCMilliseconds()).toBe(0);
  });

  it('gives a tenant onboarded later its jobs on refresh', async () => {
    const list = [tenant('alpina', 'Europe/Ljubljana')];
    scheduler = await startScheduler({
      schedules: [monthly],
      tenants: fakeTenants(list),
      load: async () => noop,
    });
    expect(scheduler.jobs().map((j) => j.tenantId)).toEqual(['alpina']);
    list.push(tenant('jadran', 'Europe/Zagreb'));
    await scheduler.refresh();
    expect(scheduler.jobs().map((j) => `${j.tenantId}@${j.timeZone}`)).toEqual([
      'alpina@Europe/Ljubljana',
      'jadran@Europe/Zagreb',
    ]);
  });
});
