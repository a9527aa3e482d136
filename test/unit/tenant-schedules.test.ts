import { describe, expect, it } from 'vitest';
import { schedules as registered } from '../../functions/registry.ts';
import {
  checkSchedules,
  DISPATCH_INTERVAL_MINUTES,
  dueRuns,
  type ScheduledTenant,
  type ScheduleTiming,
  tickWindow,
} from '../../shared/kernel/tenant-schedules.ts';

const monthly: ScheduleTiming = { name: 'start-bill-run', cron: '0 0 1 * *', perTenantTimeZone: true };
const monthlyUtc: ScheduleTiming = { name: 'utc-report', cron: '0 0 1 * *', perTenantTimeZone: false };
const nightly: ScheduleTiming = { name: 'nightly', cron: '30 2 * * *', perTenantTimeZone: true };

const tenant = (tenantId: string, timeZone: string): ScheduledTenant => ({ tenantId, timeZone });
const kolkata = tenant('mumbai', 'Asia/Kolkata');
const ljubljana = tenant('alpina', 'Europe/Ljubljana');
const saoPaulo = tenant('paulista', 'America/Sao_Paulo');
const newYork = tenant('hudson', 'America/New_York');
const all = [kolkata, ljubljana, saoPaulo, newYork];

/** The runs of the tick at `tick` (ISO UTC), as `schedule tenant scheduledTime`. */
const atTick = (schedules: ScheduleTiming[], tenants: ScheduledTenant[], tick: string) => {
  const { start, end } = tickWindow(new Date(tick));
  return dueRuns(schedules, tenants, start, end).map((r) => `${r.schedule} ${r.tenantId} ${r.scheduledTime}`);
};

/** Every tick of a day (UTC), each with what it dispatched: the runs of the whole day, each once. */
const overDay = (schedules: ScheduleTiming[], tenants: ScheduledTenant[], day: string) => {
  const out: string[] = [];
  const start = Date.parse(`${day}T00:00:00Z`);
  for (let t = start; t < start + 86_400_000; t += DISPATCH_INTERVAL_MINUTES * 60_000) {
    for (const run of atTick(
      schedules,
      tenants,
      new Date(t + DISPATCH_INTERVAL_MINUTES * 60_000).toISOString(),
    ))
      out.push(`${new Date(t + DISPATCH_INTERVAL_MINUTES * 60_000).toISOString()} ← ${run}`);
  }
  return out;
};

describe('dueRuns: midnight on the 1st in the tenant’s time zone', () => {
  it('east of UTC with a half-hour offset: Asia/Kolkata (+05:30) is due at 18:30 UTC on the last day of the month', () => {
    expect(atTick([monthly], all, '2025-01-31T18:30:00Z')).toEqual([
      'start-bill-run mumbai 2025-01-31T18:30:00.000Z',
    ]);
    // The tick before and the tick after dispatch nothing of it.
    expect(atTick([monthly], all, '2025-01-31T18:15:00Z')).toEqual([]);
    expect(atTick([monthly], all, '2025-01-31T18:45:00Z')).toEqual([]);
  });

  it('east of UTC: Europe/Ljubljana is due at 23:00 UTC in winter (CET) and 22:00 UTC in summer (CEST)', () => {
    expect(atTick([monthly], all, '2025-01-31T23:00:00Z')).toEqual([
      'start-bill-run alpina 2025-01-31T23:00:00.000Z',
    ]);
    expect(atTick([monthly], all, '2025-06-30T22:00:00Z')).toEqual([
      'start-bill-run alpina 2025-06-30T22:00:00.000Z',
    ]);
  });

  it('west of UTC: America/Sao_Paulo (-03:00, no daylight saving) at 03:00 UTC, America/New_York at 05:00 UTC (EST) or 04:00 UTC (EDT)', () => {
    expect(atTick([monthly], all, '2025-02-01T03:00:00Z')).toEqual([
      'start-bill-run paulista 2025-02-01T03:00:00.000Z',
    ]);
    expect(atTick([monthly], all, '2025-02-01T05:00:00Z')).toEqual([
      'start-bill-run hudson 2025-02-01T05:00:00.000Z',
    ]);
    expect(atTick([monthly], all, '2025-07-01T04:00:00Z')).toEqual([
      'start-bill-run hudson 2025-07-01T04:00:00.000Z',
    ]);
  });

  it('over the whole turn of a month, every tenant is dispatched exactly once, at its own midnight', () => {
    const runs = [...overDay([monthly], all, '2025-01-31'), ...overDay([monthly], all, '2025-02-01')];
    expect(runs).toEqual([
      '2025-01-31T18:30:00.000Z ← start-bill-run mumbai 2025-01-31T18:30:00.000Z',
      '2025-01-31T23:00:00.000Z ← start-bill-run alpina 2025-01-31T23:00:00.000Z',
      '2025-02-01T03:00:00.000Z ← start-bill-run paulista 2025-02-01T03:00:00.000Z',
      '2025-02-01T05:00:00.000Z ← start-bill-run hudson 2025-02-01T05:00:00.000Z',
    ]);
  });

  it('a schedule that is not per tenant runs at UTC midnight for every tenant, whatever its zone', () => {
    expect(atTick([monthlyUtc], [kolkata, newYork], '2025-02-01T00:00:00Z')).toEqual([
      'utc-report hudson 2025-02-01T00:00:00.000Z',
      'utc-report mumbai 2025-02-01T00:00:00.000Z',
    ]);
  });
});

describe('dueRuns: windows that straddle midnight UTC', () => {
  it('a run due exactly at a tick belongs to that tick’s window (end included, start excluded)', () => {
    expect(atTick([monthlyUtc], [ljubljana], '2025-03-01T00:00:00Z')).toEqual([
      'utc-report alpina 2025-03-01T00:00:00.000Z',
    ]);
    expect(atTick([monthlyUtc], [ljubljana], '2025-03-01T00:15:00Z')).toEqual([]);
  });

  it('a window that is not on the quarter (a late tick computed from its delivery time) still finds the run once', () => {
    const runs = dueRuns(
      [monthlyUtc, monthly],
      all,
      new Date('2025-02-28T23:50:00Z'),
      new Date('2025-03-01T00:05:00Z'),
    );
    expect(runs).toEqual([
      { tenantId: 'alpina', scheduledTime: '2025-03-01T00:00:00.000Z', schedule: 'utc-report' },
      { tenantId: 'hudson', scheduledTime: '2025-03-01T00:00:00.000Z', schedule: 'utc-report' },
      { tenantId: 'mumbai', scheduledTime: '2025-03-01T00:00:00.000Z', schedule: 'utc-report' },
      { tenantId: 'paulista', scheduledTime: '2025-03-01T00:00:00.000Z', schedule: 'utc-report' },
    ]);
  });

  it('a nightly job east of UTC is due the evening before in UTC: Kolkata’s 02:30 is 21:00 UTC', () => {
    expect(atTick([nightly], [kolkata], '2025-05-09T21:00:00Z')).toEqual([
      'nightly mumbai 2025-05-09T21:00:00.000Z',
    ]);
  });
});

describe('dueRuns: daylight-saving changes', () => {
  it('Europe/Ljubljana, spring forward (30 March 2025): 02:30 does not exist and runs at 03:00 local, once', () => {
    const week = ['2025-03-28', '2025-03-29', '2025-03-30', '2025-03-31'].flatMap((d) =>
      overDay([nightly], [ljubljana], d),
    );
    expect(week).toEqual([
      '2025-03-28T01:30:00.000Z ← nightly alpina 2025-03-28T01:30:00.000Z',
      '2025-03-29T01:30:00.000Z ← nightly alpina 2025-03-29T01:30:00.000Z',
      // 03:00 CEST, the first valid time after the gap.
      '2025-03-30T01:00:00.000Z ← nightly alpina 2025-03-30T01:00:00.000Z',
      '2025-03-31T00:30:00.000Z ← nightly alpina 2025-03-31T00:30:00.000Z',
    ]);
  });

  it('Europe/Ljubljana, fall back (26 October 2025): 02:30 happens twice and runs once, at the first', () => {
    const week = ['2025-10-25', '2025-10-26', '2025-10-27'].flatMap((d) =>
      overDay([nightly], [ljubljana], d),
    );
    expect(week).toEqual([
      '2025-10-25T00:30:00.000Z ← nightly alpina 2025-10-25T00:30:00.000Z',
      '2025-10-26T00:30:00.000Z ← nightly alpina 2025-10-26T00:30:00.000Z',
      '2025-10-27T01:30:00.000Z ← nightly alpina 2025-10-27T01:30:00.000Z',
    ]);
  });

  it('Europe/Ljubljana, the 1st after each change: 1 April at 22:00 UTC (CEST), 1 November at 23:00 UTC (CET)', () => {
    expect(overDay([monthly], [ljubljana], '2025-03-31')).toEqual([
      '2025-03-31T22:00:00.000Z ← start-bill-run alpina 2025-03-31T22:00:00.000Z',
    ]);
    expect(overDay([monthly], [ljubljana], '2025-10-31')).toEqual([
      '2025-10-31T23:00:00.000Z ← start-bill-run alpina 2025-10-31T23:00:00.000Z',
    ]);
  });

  it('America/New_York, spring forward (9 March 2025) and fall back (2 November 2025)', () => {
    const daily: ScheduleTiming = { name: 'daily', cron: '0 0 * * *', perTenantTimeZone: true };
    const spring = ['2025-03-08', '2025-03-09', '2025-03-10'].flatMap((d) => overDay([daily], [newYork], d));
    expect(spring).toEqual([
      '2025-03-08T05:00:00.000Z ← daily hudson 2025-03-08T05:00:00.000Z',
      '2025-03-09T05:00:00.000Z ← daily hudson 2025-03-09T05:00:00.000Z',
      // From the 10th midnight is EDT (-04:00).
      '2025-03-10T04:00:00.000Z ← daily hudson 2025-03-10T04:00:00.000Z',
    ]);
    const gap: ScheduleTiming = { name: 'gap', cron: '30 2 * * *', perTenantTimeZone: true };
    expect(overDay([gap], [newYork], '2025-03-09')).toEqual([
      '2025-03-09T07:00:00.000Z ← gap hudson 2025-03-09T07:00:00.000Z',
    ]);
    const twice: ScheduleTiming = { name: 'twice', cron: '30 1 * * *', perTenantTimeZone: true };
    expect(overDay([twice], [newYork], '2025-11-02')).toEqual([
      '2025-11-02T05:30:00.000Z ← twice hudson 2025-11-02T05:30:00.000Z',
    ]);
  });
});

describe('dueRuns: nothing due', () => {
  it('an ordinary quarter of an hour dispatches nothing', () => {
    expect(atTick([monthly, monthlyUtc, nightly], all, '2025-02-14T12:15:00Z')).toEqual([]);
  });

  it('no tenants, no schedules, or an empty window: nothing', () => {
    expect(atTick([monthly], [], '2025-01-31T18:30:00Z')).toEqual([]);
    expect(atTick([], all, '2025-01-31T18:30:00Z')).toEqual([]);
    const t = new Date('2025-02-01T00:00:00Z');
    expect(dueRuns([monthlyUtc], all, t, t)).toEqual([]);
  });
});

describe('the registry’s schedules', () => {
  it('can all be dispatched: valid cron, names once, names the scheduled handler accepts', () => {
    expect(registered.length).toBeGreaterThan(0);
    expect(() => checkSchedules(registered)).not.toThrow();
  });

  it('refuse a bad cron or a name listed twice, naming the schedule', () => {
    expect(() => checkSchedules([{ ...monthly, cron: '0 0 32 * *' }])).toThrow(
      /schedule "start-bill-run": cron/,
    );
    expect(() => checkSchedules([monthly, monthly])).toThrow(/listed twice/);
    expect(() => checkSchedules([{ ...monthly, name: 'Start' }])).toThrow(/kebab-case/);
  });
});
