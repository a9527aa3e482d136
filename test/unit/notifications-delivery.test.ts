import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/kernel/clock.ts';
import {
  type ClaimOutcome,
  DeliveryInProgress,
  type DeliveryLog,
  deliverOnce,
} from '../../shared/notifications/delivery.ts';
import type {
  DeliveryClaim,
  NotificationMessage,
  Notifier,
  SendOptions,
} from '../../shared/notifications/message.ts';

/** The delivery records in memory, with the same conditions as the DynamoDB adapter. */
function memoryLog(): DeliveryLog & {
  records: Map<string, { state: string; token: string; leaseUntil: number }>;
} {
  const records = new Map<string, { state: string; token: string; leaseUntil: number }>();
  let tokens = 0;
  return {
    records,
    async claim(tenantId, deliveryId, now, leaseUntil): Promise<ClaimOutcome> {
      const key = `${tenantId}/${deliveryId}`;
      const r = records.get(key);
      if (r?.state === 'sent') return { state: 'sent' };
      if (r && r.leaseUntil >= now.getTime()) return { state: 'sending', leaseUntil: new Date(r.leaseUntil) };
      const token = `t${++tokens}`;
      records.set(key, { state: 'sending', token, leaseUntil: leaseUntil.getTime() });
      return { state: 'claimed', claim: { tenantId, deliveryId, token, leaseUntil } };
    },
    async markSent(claim) {
      const r = records.get(`${claim.tenantId}/${claim.deliveryId}`);
      if (r?.state !== 'sending' || r.token !== claim.token) return false;
      r.state = 'sent';
      return true;
    },
    async release(claim) {
      const key = `${claim.tenantId}/${claim.deliveryId}`;
      if (records.get(key)?.token === claim.token) records.delete(key);
    },
  };
}

const message: NotificationMessage = {
  tenantId: 'alpina',
  channel: 'sms',
  to: '+38640123456',
  locale: 'sl',
  text: 'Koda: 123456',
  template: 'login-pin',
};

function gateway(behaviour: (options?: SendOptions) => Promise<void> = async () => undefined) {
  const sent: { message: NotificationMessage; delivery?: DeliveryClaim }[] = [];
  const n: Notifier = {
    async send(m, options) {
      await behaviour(options);
      sent.push({ message: m, delivery: options?.delivery });
      return { messageId: `msg-${sent.length}` };
    },
  };
  return { n, sent };
}

describe('deliverOnce: at least once, once per delivery id', () => {
  it('sends, then a redelivery of the same id sends nothing', async () => {
    const log = memoryLog();
    const { n, sent } = gateway();
    const deps = { log, notifier: n, clock: fixedClock('2026-06-01T10:00:00Z') };
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('sent');
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('already-sent');
    expect(await deliverOnce(deps, 'evt-2', message)).toBe('sent');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.delivery).toMatchObject({ tenantId: 'alpina', deliveryId: 'evt-1' });
  });

  it('an attempt that died after its claim holds the delivery for the lease; then the next one sends', async () => {
    const log = memoryLog();
    const clock = fixedClock('2026-06-01T10:00:00Z');
    await log.claim('alpina', 'evt-1', clock.now(), new Date(clock.now().getTime() + 10_000)); // and died
    const { n, sent } = gateway();
    const deps = { log, notifier: n, clock, leaseSeconds: 10 };
    await expect(deliverOnce(deps, 'evt-1', message)).rejects.toBeInstanceOf(DeliveryInProgress);
    clock.advance(10_001);
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('sent');
    expect(sent).toHaveLength(1);
  });

  it('a failed send gives the claim up, so the redelivery sends at once', async () => {
    const log = memoryLog();
    let fail = true;
    const { n, sent } = gateway(async () => {
      if (fail) {
        fail = false;
        throw new Error('SMS gateway down');
      }
    });
    const deps = { log, notifier: n, clock: fixedClock('2026-06-01T10:00:00Z') };
    await expect(deliverOnce(deps, 'evt-1', message)).rejects.toThrow('SMS gateway down');
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('sent');
    expect(sent).toHaveLength(1);
  });

  it('abandons a send that outlasts the lease (after it another attempt may send)', async () => {
    const log = memoryLog();
    const { n, sent } = gateway(
      (options) =>
        new Promise((_, reject) =>
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason)),
        ),
    );
    const deps = { log, notifier: n, clock: fixedClock('2026-06-01T10:00:00Z'), leaseSeconds: 0.05 };
    await expect(deliverOnce(deps, 'evt-1', message)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(sent).toHaveLength(0);
    expect(log.records.size).toBe(0); // given up: the redelivery sends at once
  });

  it('does not mark the delivery again when the notifier recorded it with the message', async () => {
    const log = memoryLog();
    let marks = 0;
    const recording: Notifier = {
      async send(_m, options) {
        if (options?.delivery && (await log.markSent(options.delivery, new Date(), 'm1'))) marks++;
        return { messageId: 'm1', recorded: true };
      },
    };
    const deps = { log, notifier: recording, clock: fixedClock('2026-06-01T10:00:00Z') };
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('sent');
    expect(marks).toBe(1);
    expect(await deliverOnce(deps, 'evt-1', message)).toBe('already-sent');
  });
});
