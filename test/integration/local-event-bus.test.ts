import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventBridgeEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import type { Subscription } from '../../functions/manifest.ts';
import { type LocalEventBus, localBus, startLocalEventBus } from '../../infra/local/event-bus.ts';
import { publishDeps } from '../../infra/local/wiring.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { outboxPut } from '../../shared/db/outbox.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const Pinged = defineEvent({
  detailType: 'TestPinged',
  source: 'switchboard.test',
  version: '1.0',
  schema: z.object({ n: z.number().int() }),
});
const Ignored = defineEvent({
  detailType: 'TestIgnored',
  source: 'switchboard.test',
  version: '1.0',
  schema: z.object({ n: z.number().int() }),
});

type Received = EventBridgeEvent<
  string,
  { metadata: { tenantId: string; eventId: string }; data: { n: number } }
>;

let received: Received[] = [];
let failuresLeft = 0;
/** While set, the subscriber waits for it before handling an event (work in progress). */
let hold: Promise<void> | undefined;
const subscriber = vi.fn(async (event: Received) => {
  if (failuresLeft > 0) {
    failuresLeft--;
    throw new Error('subscriber down');
  }
  if (hold) await hold;
  received.push(event);
});

const subscriptions: Subscription[] = [{ name: 'test-subscriber', handler: 'test/pinged', events: [Pinged] }];
const load = async (modulePath: string) => {
  if (modulePath !== 'test/pinged') throw new Error(`unexpected module ${modulePath}`);
  return subscriber as (event: unknown) => Promise<unknown>;
};

async function emit(contract: typeof Pinged, n: number, tenant = 'acme') {
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: { pk: `T#${tenant}#THING#${n}`, sk: 'THING', entity: 'Thing', n },
          },
        },
        outboxPut(contract, tenant, { n }, new Date()),
      ],
    }),
  );
}

let dataDir: string;
let running: LocalEventBus | undefined;

const start = (extra: Partial<Parameters<typeof startLocalEventBus>[0]> = {}) =>
  startLocalEventBus({
    endpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: tableName(),
    subscriptions,
    load,
    intervalMs: 50,
    retry: { attempts: 3, baseDelayMs: 5 },
    ...extra,
  });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sb-bus-'));
});

afterEach(async () => {
  await running?.stop();
  running = undefined;
  received = [];
  failuresLeft = 0;
  hold = undefined;
  subscriber.mockClear();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('local event bus', () => {
  it('carries an outbox item from the table stream to the matching subscriber, detail parsed', async () => {
    running = await start({ checkpointFile: join(dataDir, 'a.json') });
    // the local wiring's outbox publisher publishes to this running bus
    expect(publishDeps.bus).toBe(localBus);

    await emit(Pinged, 1);
    await emit(Ignored, 2);
    // A plain write (not an outbox item) reaches nobody.
    await db().send(
      new PutCommand({ TableName: tableName(), Item: { pk: 'T#acme#OTHER', sk: 'X', entity: 'Other' } }),
    );
    await running.drain();

    expect(received).toHaveLength(1);
    const event = received[0]!;
    expect(event).toMatchObject({
      version: '0',
      source: 'switchboard.test',
      'detail-type': 'TestPinged',
      account: expect.any(String),
      region: 'eu-central-1',
      resources: [],
    });
    expect(event.detail.data).toEqual({ n: 1 });
    expect(event.detail.metadata.tenantId).toBe('acme');
    expect(Date.parse(event.time)).not.toBeNaN();
  });

  it('retries a failing subscriber with backoff', async () => {
    running = await start({ checkpointFile: join(dataDir, 'b.json'), initialPosition: 'LATEST' });
    failuresLeft = 2;
    await emit(Pinged, 3);
    await running.drain();
    expect(subscriber).toHaveBeenCalledTimes(3);
    expect(received.map((e) => e.detail.data.n)).toEqual([3]);
  });

  it('gives up after the last attempt and goes on with the next events', async () => {
    running = await start({ checkpointFile: join(dataDir, 'c.json'), initialPosition: 'LATEST' });
    failuresLeft = 3;
    await emit(Pinged, 4);
    await running.drain();
    await emit(Pinged, 5);
    await running.drain();
    expect(subscriber).toHaveBeenCalledTimes(4);
    expect(received.map((e) => e.detail.data.n)).toEqual([5]);
  });

  it('delivers events written while it was stopped, from its checkpoint, and nothing twice', async () => {
    const checkpointFile = join(dataDir, 'd.json');
    running = await start({ checkpointFile, initialPosition: 'LATEST' });
    await emit(Pinged, 6);
    await running.drain();
    await running.stop();
    running = undefined;

    await emit(Pinged, 7); // written while "the system is down"
    running = await start({ checkpointFile, initialPosition: 'LATEST' });
    await running.drain();
    expect(received.map((e) => e.detail.data.n)).toEqual([6, 7]);
  });

  it('without a checkpoint, LATEST skips what was written before it started', async () => {
    await emit(Pinged, 8);
    running = await start({ checkpointFile: join(dataDir, 'e.json'), initialPosition: 'LATEST' });
    await emit(Pinged, 9);
    await running.drain();
    expect(received.map((e) => e.detail.data.n)).toEqual([9]);
  });

  it('moves its checkpoint only past events every subscriber has handled, so a crash loses none', async () => {
    const checkpointFile = join(dataDir, 'f.json');
    running = await start({ checkpointFile, initialPosition: 'LATEST' });
    let release: () => void = () => undefined;
    hold = new Promise((r) => {
      release = r;
    });
    await emit(Pinged, 10);
    await vi.waitFor(() => expect(subscriber).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    // Several polls later the subscriber is still at work: this is what a SIGKILL leaves on disk.
    await new Promise((r) => setTimeout(r, 300));
    const atCrash = await readFile(checkpointFile, 'utf8');
    release();
    await running.stop();
    await writeFile(checkpointFile, atCrash);

    received = [];
    hold = undefined;
    running = await start({ checkpointFile, initialPosition: 'LATEST' });
    await running.drain();
    expect(received.map((e) => e.detail.data.n)).toEqual([10]);
  });

  it('a stop abandons deliveries waiting for a retry; the next start delivers them', async () => {
    const checkpointFile = join(dataDir, 'g.json');
    const patient = { attempts: 100, baseDelayMs: 50 };
    running = await start({ checkpointFile, initialPosition: 'LATEST', retry: patient });
    failuresLeft = 1_000;
    await emit(Pinged, 11);
    await vi.waitFor(() => expect(subscriber.mock.calls.length).toBeGreaterThan(1), { timeout: 5_000 });
    const t0 = Date.now();
    await running.stop();
    expect(Date.now() - t0).toBeLessThan(1_000);

    failuresLeft = 0;
    running = await start({ checkpointFile, initialPosition: 'LATEST', retry: patient });
    await running.drain();
    expect(received.map((e) => e.detail.data.n)).toEqual([11]);
  });
});
