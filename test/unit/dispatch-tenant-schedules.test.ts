import { describe, expect, it } from 'vitest';
import { dispatchTenantSchedules } from '../../functions/system/dispatch-tenant-schedules.ts';
import { TickSchema } from '../../functions/system/run-tenant-schedules.ts';
import { ScheduledEventSchema } from '../../shared/handlers/scheduled-handler.ts';
import {
  SCHEDULED_RUN_DETAIL_TYPE,
  SCHEDULED_RUN_SOURCE,
  type ScheduledTenant,
  tickWindow,
} from '../../shared/kernel/tenant-schedules.ts';
import type { BusEvent } from '../../shared/publishing/ports.ts';

/** The tenants' list in pages of `size`, as the repository pages it. */
function pagedTenants(all: ScheduledTenant[], size: number) {
  const calls: (string | undefined)[] = [];
  return {
    calls,
    async list(_limit: number, cursor?: string) {
      calls.push(cursor);
      const from = cursor ? Number(cursor) : 0;
      const items = all.slice(from, from + size);
      return from + size < all.length ? { items, nextCursor: String(from + size) } : { items };
    },
  };
}

const recordingBus = () => {
  const published: BusEvent[][] = [];
  return {
    published,
    async publish(events: BusEvent[]) {
      published.push(events);
    },
  };
};

const schedules = [
  { name: 'start-bill-run', cron: '0 0 1 * *', perTenantTimeZone: true },
  { name: 'lift-period-bars', cron: '0 0 1 * *', perTenantTimeZone: true },
];

describe('a tick of the tenant schedules', () => {
  it('reads every page of tenants and puts each due run on the bus in the shape the scheduled handlers take', async () => {
    const tenants = pagedTenants(
      [
        { tenantId: 'alpina', timeZone: 'Europe/Ljubljana' },
        { tenantId: 'triglav', timeZone: 'Europe/Ljubljana' },
        { tenantId: 'mumbai', timeZone: 'Asia/Kolkata' },
      ],
      2,
    );
    const bus = recordingBus();
    const runs = await dispatchTenantSchedules(
      { tenants, bus },
      schedules,
      tickWindow(new Date('2025-01-31T23:00:00Z')),
    );
    expect(tenants.calls).toEqual([undefined, '2']);
    expect(runs.map((r) => `${r.schedule} ${r.tenantId}`)).toEqual([
      'lift-period-bars alpina',
      'lift-period-bars triglav',
      'start-bill-run alpina',
      'start-bill-run triglav',
    ]);
    expect(bus.published).toHaveLength(1);
    for (const event of bus.published[0]!) {
      expect(event.source).toBe(SCHEDULED_RUN_SOURCE);
      expect(event.detailType).toBe(SCHEDULED_RUN_DETAIL_TYPE);
      // The rule passes the detail as the function's input: it must be a valid scheduled event.
      const detail = ScheduledEventSchema.parse(JSON.parse(event.detail));
      expect(detail.scheduledTime).toBe('2025-01-31T23:00:00.000Z');
    }
  });

  it('publishes nothing when nothing is due, and reads no tenant when there is no schedule', async () => {
    const tenants = pagedTenants([{ tenantId: 'alpina', timeZone: 'Europe/Ljubljana' }], 100);
    const bus = recordingBus();
    expect(
      await dispatchTenantSchedules(
        { tenants, bus },
        schedules,
        tickWindow(new Date('2025-02-14T12:00:00Z')),
      ),
    ).toEqual([]);
    expect(bus.published).toEqual([]);
    await dispatchTenantSchedules({ tenants, bus }, [], tickWindow(new Date('2025-01-31T23:00:00Z')));
    expect(tenants.calls).toHaveLength(1);
  });

  it('fails when the bus refuses, so the tick is retried (the targets start each run once)', async () => {
    const tenants = pagedTenants([{ tenantId: 'alpina', timeZone: 'Europe/Ljubljana' }], 100);
    const bus = { publish: async () => Promise.reject(new Error('EventBridge rejected 1 of 2 events')) };
    await expect(
      dispatchTenantSchedules({ tenants, bus }, schedules, tickWindow(new Date('2025-01-31T23:00:00Z'))),
    ).rejects.toThrow(/rejected/);
  });

  it('takes the input EventBridge Scheduler sends', () => {
    expect(
      TickSchema.parse({ scheduledTime: '2025-01-31T23:00:00Z', schedules }).schedules.map((s) => s.name),
    ).toEqual(['start-bill-run', 'lift-period-bars']);
    expect(() => TickSchema.parse({ scheduledTime: 'soon', schedules })).toThrow();
  });
});
