import type { EventBridgeEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import { subscriptions } from '../../functions/registry.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { loadModuleHandler } from '../../infra/local/event-bus.ts';
import { eventHandler } from '../../shared/handlers/event-handler.ts';
import type { Actor } from '../../shared/kernel/actor.ts';
import { newId } from '../../shared/kernel/ids.ts';
import { createTenant } from '../support/fixtures.ts';
import { captureLogs } from '../support/logs.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'evt-factory';
const Pinged = defineEvent({
  detailType: 'TestPinged',
  source: 'switchboard.test',
  version: '1.0',
  schema: z.object({ n: z.number().int() }),
});

/** What EventBridge delivers: a fresh delivery id each time, the domain event inside. */
function delivery(
  n: number,
  meta: { eventId?: string; correlationId?: string; tenantId?: string } = {},
): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id: newId(),
    'detail-type': Pinged.detailType,
    source: Pinged.source,
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-central-1',
    resources: [],
    detail: {
      metadata: {
        eventId: meta.eventId ?? newId(),
        tenantId: meta.tenantId ?? T,
        occurredAt: new Date().toISOString(),
        version: '1.0',
        ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
      },
      data: { n },
    },
  };
}

const ctx = () => localContext('event-test') as never;

/** A fake use case: records what it was given. */
function fakeUseCase() {
  return vi.fn(async (event: { data: { n: number } }, actor: Actor, _delivery?: unknown) => ({
    n: event.data.n,
    by: actor.principal.subject,
  }));
}

beforeAll(async () => {
  await createTenant(T);
});

describe('eventHandler', () => {
  it('hands the parsed event and a system actor of its tenant to the use case', async () => {
    const useCase = fakeUseCase();
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, useCase);
    const e = delivery(1, { correlationId: 'corr-1' });
    await expect(handler(e, ctx())).resolves.toEqual({ n: 1, by: 'notifier' });
    const [event, actor, raw] = useCase.mock.calls[0]!;
    expect(event).toEqual(e.detail);
    expect(actor).toMatchObject({
      principal: { role: 'system', subject: 'notifier', tenantId: T },
      tenant: { tenantId: T, status: 'active' },
      correlationId: 'corr-1',
    });
    expect(raw).toBe(e);
  });

  it('runs the use case once per event id, however often the event is delivered', async () => {
    const useCase = fakeUseCase();
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, useCase);
    const eventId = newId();
    // EventBridge redelivers with the same delivery id; the outbox publisher may put the event on the
    // bus again, with a new one. Either way the domain event id is the same.
    const first = delivery(2, { eventId });
    expect(await handler(first, ctx())).toEqual({ n: 2, by: 'notifier' });
    expect(await handler(first, ctx())).toEqual({ n: 2, by: 'notifier' });
    expect(await handler(delivery(2, { eventId }), ctx())).toEqual({ n: 2, by: 'notifier' });
    expect(useCase).toHaveBeenCalledTimes(1);
  });

  it('keeps two consumers of the same event apart: each runs once', async () => {
    const a = fakeUseCase();
    const b = fakeUseCase();
    const first = eventHandler({ name: 'test-consumer-a', event: Pinged, actor: 'notifier' }, a);
    const second = eventHandler({ name: 'test-consumer-b', event: Pinged, actor: 'notifier' }, b);
    const e = delivery(3);
    await first(e, ctx());
    await second(e, ctx());
    await first(e, ctx());
    await second(e, ctx());
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('lets a failure propagate and stores nothing, so the retry runs the use case again', async () => {
    let fail = true;
    const useCase = vi.fn(async () => {
      if (fail) throw new Error('SMS gateway down');
      return 'sent';
    });
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, useCase);
    const e = delivery(4);
    const logs = captureLogs();
    try {
      await expect(handler(e, ctx())).rejects.toThrow('SMS gateway down');
      expect(logs.find('event handling failed')[0]).toMatchObject({
        level: 'ERROR',
        event_id: expect.any(String),
      });
    } finally {
      logs.restore();
    }
    fail = false;
    await expect(handler(e, ctx())).resolves.toBe('sent');
    expect(useCase).toHaveBeenCalledTimes(2);
  });

  it('throws on a detail its contract refuses, on another detail-type and on an unknown tenant, without calling the use case', async () => {
    const useCase = fakeUseCase();
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, useCase);
    const bad = delivery(5);
    (bad.detail as { data: unknown }).data = { n: 'five' };
    await expect(handler(bad, ctx())).rejects.toThrow();
    await expect(handler({ ...delivery(5), 'detail-type': 'TestPonged' }, ctx())).rejects.toThrow(
      /takes switchboard.test TestPinged, not switchboard.test TestPonged/,
    );
    await expect(handler(delivery(5, { tenantId: 'no-such-tenant' }), ctx())).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(useCase).not.toHaveBeenCalled();
  });

  it('puts the correlation id, tenant id, event id and detail-type on every line, and only during the invocation', async () => {
    const { logger } = await import('../../shared/kernel/observability.ts');
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, async () => {
      logger.info('inside the use case');
    });
    const eventId = newId();
    const logs = captureLogs();
    try {
      await handler(delivery(6, { eventId, correlationId: 'corr-6' }), ctx());
      await handler(delivery(6, { eventId, correlationId: 'corr-6' }), ctx());
      logger.info('after the invocation');
      const keys = {
        correlation_id: 'corr-6',
        tenant_id: T,
        event_id: eventId,
        detail_type: 'TestPinged',
        function_name: 'event-test',
      };
      expect(logs.find('inside the use case')).toEqual([expect.objectContaining(keys)]);
      expect(logs.find('event already handled: not handled again')).toEqual([expect.objectContaining(keys)]);
      expect(logs.find('after the invocation')[0]).not.toHaveProperty('correlation_id');
      expect(logs.find('after the invocation')[0]).not.toHaveProperty('tenant_id');
    } finally {
      logs.restore();
    }
  });

  it('without a correlation id in the event, correlates by the event id', async () => {
    const useCase = fakeUseCase();
    const handler = eventHandler({ name: 'test-notify', event: Pinged, actor: 'notifier' }, useCase);
    const eventId = newId();
    await handler(delivery(7, { eventId }), ctx());
    expect(useCase.mock.calls[0]![1].correlationId).toBe(eventId);
  });
});

describe('every subscriber of functions/registry.ts', () => {
  it('is built by eventHandler under its subscription name (the name is part of its idempotency keys)', async () => {
    for (const s of subscriptions) {
      const handler = (await loadModuleHandler(s.handler)) as { consumer?: string };
      expect(handler.consumer, s.handler).toBe(s.name);
    }
  });
});
