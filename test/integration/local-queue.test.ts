import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueueConsumerEntry } from '../../functions/manifest.ts';
import { queues as registeredQueues } from '../../functions/registry.ts';
import { loadModuleHandler } from '../../infra/local/event-bus.ts';
import { closeServer, createLocalServer } from '../../infra/local/http-server.ts';
import {
  type LocalQueue,
  type LocalQueueOptions,
  type LocalQueues,
  openLocalQueue,
  queueFilePath,
  startLocalQueues,
} from '../../infra/local/queue.ts';
import { CORRELATION_ATTRIBUTE } from '../../shared/handlers/queue-handler.ts';
import { createTenant } from '../support/fixtures.ts';
import {
  batches,
  crashNextInvocations,
  holdNextInvocation,
  resetTestConsumer,
  TEST_QUEUE_CONSUMER,
  type TestQueueMessage,
} from '../support/queue-consumer.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const T = 'local-queue';
const entry: QueueConsumerEntry = {
  name: TEST_QUEUE_CONSUMER,
  handler: 'test/support/queue-consumer',
  maxReceiveCount: 3,
};

let root: string;
let dirs = 0;
const freshDir = () => join(root, `q${++dirs}`);
const opened: { stop(): Promise<void> }[] = [];

async function open(extra: Partial<LocalQueueOptions> = {}): Promise<LocalQueue> {
  const q = await openLocalQueue({ entry, redeliveryDelayMs: 50, ...extra });
  opened.push(q);
  return q;
}

const message = (n: number, extra: Partial<TestQueueMessage> = {}) => ({
  body: JSON.stringify({ tenantId: T, n, ...extra } satisfies TestQueueMessage),
});
const ns = (records: { body: string }[]) => records.map((r) => (JSON.parse(r.body) as TestQueueMessage).n);
const receiveCounts = (records: { attributes: { ApproximateReceiveCount: string } }[]) =>
  records.map((r) => Number(r.attributes.ApproximateReceiveCount));
const onDisk = async (dir: string) =>
  JSON.parse(await readFile(queueFilePath(dir, TEST_QUEUE_CONSUMER), 'utf8')) as {
    messages: { messageId: string; receiveCount: number }[];
    deadLetters: { messageId: string; receiveCount: number }[];
  };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-queue-'));
  await createTenant(T);
});

afterEach(async () => {
  for (const q of opened.splice(0)) await q.stop();
  resetTestConsumer();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a local queue', () => {
  it('runs the module the runtime loads (the one this test reads)', async () => {
    const { handler } = await import('../support/queue-consumer.ts');
    expect(await loadModuleHandler(entry.handler)).toBe(handler);
  });

  it('delivers SQS events in batches of up to batchSize, two batches at once', async () => {
    const dir = freshDir();
    const q = await open({ dir });
    const releases = [holdNextInvocation(), holdNextInvocation()];
    const ids = await q.send(
      Array.from({ length: 25 }, (_, n) => ({ ...message(n), correlationId: `corr-${n}` })),
    );
    expect(ids).toHaveLength(25);
    q.start();

    // Two batches of ten in flight; the other five wait for one of them.
    await vi.waitFor(() => expect(batches).toHaveLength(2));
    expect(batches.map((b) => b.records.length)).toEqual([10, 10]);
    expect(q.counts()).toEqual({ messages: 25, inFlight: 20, deadLetters: 0 });
    for (const release of releases) release();
    await q.drain();

    expect(batches.map((b) => b.records.length)).toEqual([10, 10, 5]);
    expect(batches.flatMap((b) => b.handled).sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    const record = batches[0]!.records[0]!;
    expect(record).toEqual({
      messageId: ids[0],
      receiptHandle: expect.stringMatching(/^[A-Za-z0-9+/=]{40,}$/),
      body: message(0).body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: expect.stringMatching(/^\d{13}$/),
        SenderId: expect.any(String),
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
      },
      messageAttributes: {
        [CORRELATION_ATTRIBUTE]: {
          stringValue: 'corr-0',
          stringListValues: [],
          binaryListValues: [],
          dataType: 'String',
        },
      },
      md5OfBody: createHash('md5').update(message(0).body).digest('hex'),
      md5OfMessageAttributes: expect.stringMatching(/^[0-9a-f]{32}$/),
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:eu-central-1:000000000000:switchboard-local-${TEST_QUEUE_CONSUMER}`,
      awsRegion: 'eu-central-1',
    });
    expect(q.messages()).toEqual([]);
    expect((await onDisk(dir)).messages).toEqual([]);
  });

  it('delivers again only the message the consumer reported failed, its receive count one higher', async () => {
    const q = await open();
    const [first, second, third] = await q.send([
      message(1),
      message(2, { failUntilReceive: 2 }),
      message(3),
    ]);
    q.start();
    await q.drain();

    expect(batches.map((b) => ns(b.records))).toEqual([[1, 2, 3], [2]]);
    expect(batches.map((b) => b.handled)).toEqual([[1, 3], [2]]);
    const again = batches[1]!.records[0]!;
    expect(again.messageId).toBe(second);
    expect(again.attributes.ApproximateReceiveCount).toBe('2');
    expect(again.receiptHandle).not.toBe(batches[0]!.records[1]!.receiptHandle);
    expect(batches[0]!.records.map((r) => r.messageId)).toEqual([first, second, third]);
  });

  it('delivers the whole batch again when the invocation throws', async () => {
    const q = await open();
    crashNextInvocations(1);
    await q.send([message(1), message(2), message(3)]);
    q.start();
    await q.drain();

    expect(batches.map((b) => b.crashed)).toEqual([true, false]);
    expect(ns(batches[1]!.records)).toEqual([1, 2, 3]);
    expect(receiveCounts(batches[1]!.records)).toEqual([2, 2, 2]);
    expect(batches[1]!.handled).toEqual([1, 2, 3]);
  });

  it('delivers the whole batch again when the answer is not one Lambda accepts', async () => {
    const calls: number[][] = [];
    const q = await open({
      load: async () => async (event: unknown) => {
        const records = (event as { Records: { messageId: string; body: string }[] }).Records;
        calls.push(ns(records));
        // An identifier that is not in the batch: Lambda fails the whole batch.
        return calls.length === 1 ? { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] } : {};
      },
    });
    await q.send([message(1), message(2)]);
    q.start();
    await q.drain();
    expect(calls).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('moves a message to its dead-letter queue after maxReceiveCount receives; the others go on', async () => {
    const dir = freshDir();
    const q = await open({ dir });
    const [poison] = await q.send([message(1, { failUntilReceive: 99 }), message(2)]);
    q.start();
    await q.drain();

    const withPoison = batches.filter((b) => b.records.some((r) => r.messageId === poison));
    expect(withPoison.map((b) => receiveCounts(b.records.filter((r) => r.messageId === poison)))).toEqual([
      [1],
      [2],
      [3],
    ]);
    expect(batches.flatMap((b) => b.handled)).toEqual([2]);
    expect(q.messages()).toEqual([]);
    expect(q.deadLetters()).toEqual([
      expect.objectContaining({
        messageId: poison,
        receiveCount: 3,
        body: message(1, { failUntilReceive: 99 }).body,
      }),
    ]);
    expect((await onDisk(dir)).deadLetters.map((m) => m.messageId)).toEqual([poison]);

    // The dead-letter queue is kept across a restart, and its messages are never delivered again.
    await q.stop();
    const delivered = batches.length;
    const reopened = await open({ dir });
    reopened.start();
    await reopened.drain();
    expect(reopened.deadLetters().map((m) => m.messageId)).toEqual([poison]);
    expect(batches).toHaveLength(delivered);
  });
});

describe('a local queue across a restart', () => {
  it('keeps the messages sent while no consumer ran, and delivers them after the start', async () => {
    const dir = freshDir();
    const before = await open({ dir });
    const ids = await before.send([message(1), message(2)]);
    await before.stop();
    expect((await onDisk(dir)).messages.map((m) => m.messageId)).toEqual(ids);

    const after = await open({ dir });
    expect(after.messages().map((m) => m.messageId)).toEqual(ids);
    after.start();
    await after.drain();
    expect(batches.map((b) => ns(b.records))).toEqual([[1, 2]]);
    expect(receiveCounts(batches[0]!.records)).toEqual([1, 1]);
  });

  it('delivers again, its receive counted, a message received by a process that died before deleting it', async () => {
    const dir = freshDir();
    const crashed = freshDir();
    // The receiving process hides the message for its lease (by default the function's timeout).
    const q = await open({ dir, leaseMs: 300 });
    const release = holdNextInvocation();
    const [id] = await q.send([message(7)]);
    q.start();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    const receivedAt = Number(batches[0]!.records[0]!.attributes.ApproximateFirstReceiveTimestamp);
    // What is on disk while the consumer holds the message: what a killed process leaves behind.
    await cp(dir, crashed, { recursive: true });
    release();
    await q.drain();
    await q.stop();
    resetTestConsumer();

    const saved = await onDisk(crashed);
    expect(saved.messages).toEqual([expect.objectContaining({ messageId: id, receiveCount: 1 })]);
    const restarted = await open({ dir: crashed });
    restarted.start();
    await restarted.drain();

    // Not before the dead process's lease on it ran out; then with its second receive.
    expect(Date.now() - receivedAt).toBeGreaterThanOrEqual(300);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.records[0]!.messageId).toBe(id);
    expect(receiveCounts(batches[0]!.records)).toEqual([2]);
    expect((await onDisk(crashed)).messages).toEqual([]);
  });

  it('keeps a failed message’s receive count across a clean stop, so it still reaches the dead-letter queue', async () => {
    const dir = freshDir();
    const q = await open({ dir, redeliveryDelayMs: 200 });
    const [id] = await q.send([message(1, { failUntilReceive: 99 })]);
    q.start();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    await q.stop();
    expect((await onDisk(dir)).messages).toEqual([
      expect.objectContaining({ messageId: id, receiveCount: 1 }),
    ]);

    resetTestConsumer();
    const restarted = await open({ dir });
    restarted.start();
    await restarted.drain();
    // Two more receives, not three: the first one was counted before the stop.
    expect(batches.map((b) => receiveCounts(b.records))).toEqual([[2], [3]]);
    expect(restarted.deadLetters()).toEqual([expect.objectContaining({ messageId: id, receiveCount: 3 })]);
  });
});

describe('the local queues of the registry', () => {
  it('are one per queue consumer entry, none when no manifest lists one', async () => {
    const none = await startLocalQueues({ entries: [] });
    expect(none.all()).toEqual([]);
    await none.drain();
    await none.stop();

    const registered = await startLocalQueues({ dir: freshDir() });
    expect(registered.all().map((q) => q.name)).toEqual(registeredQueues.map((q) => q.name));
    await registered.stop();

    const one = await startLocalQueues({ entries: [entry], dir: freshDir(), redeliveryDelayMs: 50 });
    expect(one.all().map((q) => q.name)).toEqual([TEST_QUEUE_CONSUMER]);
    await one.get(TEST_QUEUE_CONSUMER)!.send([message(1)]);
    await one.drain();
    expect(batches.flatMap((b) => b.handled)).toEqual([1]);
    await one.stop();
  });

  it('refuse a name listed twice or a setting SQS refuses, before any queue opens', async () => {
    await expect(startLocalQueues({ entries: [entry, entry] })).rejects.toThrow(/listed twice/);
    await expect(startLocalQueues({ entries: [{ ...entry, batchSize: 11 }] })).rejects.toThrow(/batchSize/);
    await expect(startLocalQueues({ entries: [{ ...entry, name: 'Not_Kebab' }] })).rejects.toThrow(
      /kebab-case/,
    );
  });

  it('name handler modules that export a handler', async () => {
    for (const q of registeredQueues) {
      expect(typeof (await loadModuleHandler(q.handler)), q.handler).toBe('function');
    }
  });
});

describe('POST /_local/queues/{name}', () => {
  let server: Server;
  let plain: Server;
  let base: string;
  let plainBase: string;
  let local: LocalQueues;

  beforeAll(async () => {
    local = await startLocalQueues({ entries: [entry], redeliveryDelayMs: 50 });
    server = createLocalServer({ queues: local });
    plain = createLocalServer();
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    await new Promise<void>((res) => plain.listen(0, '127.0.0.1', res));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    plainBase = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await local.stop();
    await closeServer(server);
    await closeServer(plain);
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('sends one JSON message with the caller’s correlation id, answered once it is kept', async () => {
    const res = await post(`/_local/queues/${TEST_QUEUE_CONSUMER}`, message(11).body, {
      'x-correlation-id': 'mediation-run-1',
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-correlation-id')).toBe('mediation-run-1');
    const answer = (await res.json()) as { queue: string; messageIds: string[] };
    expect(answer).toEqual({ queue: TEST_QUEUE_CONSUMER, messageIds: [expect.any(String)] });
    await local.drain();
    const record = batches.flatMap((b) => b.records).find((r) => r.messageId === answer.messageIds[0])!;
    expect(record.body).toBe(message(11).body);
    expect(record.messageAttributes[CORRELATION_ATTRIBUTE]?.stringValue).toBe('mediation-run-1');
  });

  it('sends one message per line of JSON Lines', async () => {
    const res = await post(
      `/_local/queues/${TEST_QUEUE_CONSUMER}`,
      `${message(21).body}\n\n${message(22).body}\n${message(23).body}\n`,
      { 'content-type': 'application/x-ndjson' },
    );
    expect(res.status).toBe(202);
    expect(((await res.json()) as { messageIds: string[] }).messageIds).toHaveLength(3);
    await local.drain();
    expect(batches.flatMap((b) => b.handled).sort()).toEqual([21, 22, 23]);
  });

  it('refuses what is not JSON, an unknown queue and other methods, as problem+json', async () => {
    const bad = await post(`/_local/queues/${TEST_QUEUE_CONSUMER}`, '{"tenantId": ');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/not JSON/);

    const badLine = await post(`/_local/queues/${TEST_QUEUE_CONSUMER}`, `${message(1).body}\nnope`, {
      'content-type': 'application/x-ndjson',
    });
    expect(((await badLine.json()) as { detail: string }).detail).toMatch(/Line 2 is not JSON/);

    const unknown = await post('/_local/queues/no-such-queue', message(1).body);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain(TEST_QUEUE_CONSUMER);

    const get = await fetch(`${base}/_local/queues/${TEST_QUEUE_CONSUMER}`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');

    const text = await post(`/_local/queues/${TEST_QUEUE_CONSUMER}`, 'x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(batches).toEqual([]);
  });

  it('lists the queues and their counts', async () => {
    const res = await fetch(`${base}/_local/queues`);
    expect(await res.json()).toEqual({
      queues: [{ name: TEST_QUEUE_CONSUMER, messages: 0, inFlight: 0, deadLetters: 0 }],
    });
  });

  it('exists only on the local runtime’s server: not in the API nor in its contract', async () => {
    expect(
      (await fetch(`${plainBase}/_local/queues/${TEST_QUEUE_CONSUMER}`, { method: 'POST' })).status,
    ).toBe(404);
    const doc = await (await fetch(`${base}/openapi.json`)).text();
    expect(doc).not.toContain('/_local');
  });
});
