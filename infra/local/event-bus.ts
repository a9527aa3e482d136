import { randomUUID } from 'node:crypto';

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';

import { dirname, resolve } from 'node:path';

import { pathToFileURL } from 'node:url';

import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';

import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';

import type { DynamoDBRecord, DynamoDBStreamEvent, EventBridgeEvent } from 'aws-lambda';
import type { Subscription } from '../../functions/manifest.ts';
import { config } from '../../shared/kernel/config.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { type BusEvent, type EventBus, installEventBus } from '../../shared/publishing/event-bus.ts';
import { localContext } from './api-event.ts';
import { localClient } from './dynamodb.ts';
import { REPO_ROOT } from './settings.ts';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Imports `<repo>/<modulePath>.ts` once and returns its `handler`. */
const modules = new Map<string, Promise<Handler>>();
export function loadModuleHandler(modulePath: string): Promise<Handler> {
  let h = modules.get(modulePath);
  if (!h) {
    h = import(pathToFileURL(resolve(REPO_ROOT, `${modulePath}.ts`)).href).then(
      (mod: { handler?: unknown }) => {
        if (typeof mod.handler !== 'function') throw new Error(`${modulePath}.ts exports no handler`);
        return mod.handler as Handler;
      },
    );
    h.catch(() => modules.delete(modulePath));
    modules.set(modulePath, h);
  }
  return h;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubles after each. */
  baseDelayMs: number;
}

// ---------------------------------------------------------------------------------------------
// The bus: EventBridge rules, in process
// ---------------------------------------------------------------------------------------------

export interface LocalBusOptions {
  subscriptions: Subscription[];
  /** Resolves a subscriber's handler module; defaults to importing it from the repo. */
  load?: (modulePath: string) => Promise<Handler>;
  retry?: RetryPolicy;
}

export interface LocalBus extends EventBus {
  /** Resolves when every event published so far has been delivered (or has failed for good). */
  drain(): Promise<void>;
  /** Deliveries in flight. */
  pending(): number;
  /** Deliveries started since the bus was made. */
  started(): number;
}

/**
 * Routes each published event to the subscriptions whose contracts match its source and
 * detail-type, calling the subscriber's `handler` with the EventBridge event shape. Like
 * EventBridge, `publish` only accepts the events; delivery is asynchronous and retried with
 * backoff, and a delivery that fails every attempt is logged.
 */
export function createLocalBus(opts: LocalBusOptions): LocalBus {
  const load = opts.load ?? loadModuleHandler;
  const retry = opts.retry ?? { attempts: 3, baseDelayMs: 250 };
  const inFlight = new Set<Promise<void>>();
  let started = 0;

  async function deliver(sub: Subscription, event: EventBridgeEvent<string, unknown>) {
    for (let attempt = 1; ; attempt++) {
      try {
        const handler = await load(sub.handler);
        await handler(event, localContext(sub.name));
        return;
      } catch (error) {
        if (attempt >= retry.attempts) {
          logger.error('event delivery failed', {
            subscription: sub.name,
            detailType: event['detail-type'],
            eventId: event.id,
            attempts: attempt,
            error: error as Error,
          });
          return;
        }
        await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    async publish(events: BusEvent[]) {
      const region = config().AWS_REGION;
      for (const e of events) {
        const detail: unknown = JSON.parse(e.detail);
        const targets = opts.subscriptions.filter((s) =>
          s.events.some((c) => c.source === e.source && c.detailType === e.detailType),
        );
        for (const sub of targets) {
          const event: EventBridgeEvent<string, unknown> = {
            version: '0',
            id: randomUUID(),
            'detail-type': e.detailType,
            source: e.source,
            account: '000000000000',
            time: new Date().toISOString(),
            region,
            resources: [],
            detail,
          };
          const p: Promise<void> = deliver(sub, event).finally(() => inFlight.delete(p));
          inFlight.add(p);
          started++;
        }
      }
    },
    async drain() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    pending: () => inFlight.size,
    started: () => started,
  };
}

// ---------------------------------------------------------------------------------------------
// The stream poller: the Lambda event source mapping on the table's stream
// ---------------------------------------------------------------------------------------------

interface Checkpoint {
  streamArn: string;
  shards: Record<string, { seq?: string; done?: boolean }>;
}

export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  /** Called with each batch, as Lambda would be; a throw retries the batch. */
  deliver: (event: DynamoDBStreamEvent) => Promise<void>;
  /**
   * Where the last delivered sequence number of each shard is kept, so records written just
   * before a restart are delivered after it. Without it positions live in memory only.
   */
  checkpointFile?: string;
  /**
   * Where to start when there is no checkpoint: `TRIM_HORIZON` (everything the stream holds, for
   * a table just created) or `LATEST` (only what is written from now on).
   */
  initialPosition?: 'TRIM_HORIZON' | 'LATEST';
  intervalMs?: number;
  batchSize?: number;
  retry?: RetryPolicy;
}

export interface StreamPoller {
  /** Polls until the stream has nothing more for us; resolves when all of it was delivered. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

interface ShardState {
  id: string;
  parent?: string;
  iterator?: string;
  seq?: string;
  done: boolean;
  /** Where to (re)start when there is no sequence number yet. */
  start: 'TRIM_HORIZON' | 'LATEST';
}

const DESCRIBE_EVERY_MS = 5000;

export async function startStreamPoller(opts: StreamPollerOptions): Promise<StreamPoller> {
  const ddb = localClient(opts.endpoint);
  const streams = new DynamoDBStreamsClient({
    endpoint: opts.endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const interval = opts.intervalMs ?? 200;
  const batchSize = opts.batchSize ?? 100;
  const retry = opts.retry ?? { attempts: 5, baseDelayMs: 200 };

  const table = await ddb.send(new DescribeTableCommand({ TableName: opts.tableName }));
  ddb.destroy();
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${opts.tableName} has no stream`);

  let checkpoint: Checkpoint | undefined;
  if (opts.checkpointFile) {
    try {
      const saved = JSON.parse(await readFile(opts.checkpointFile, 'utf8')) as Checkpoint;
      if (saved.streamArn === streamArn) checkpoint = saved;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  const firstStart = (opts.initialPosition ?? 'TRIM_HORIZON') as 'TRIM_HORIZON' | 'LATEST';
  const shards = new Map<string, ShardState>();
  let lastDescribe = 0;
  let described = false;

  async function saveCheckpoint() {
    if (!opts.checkpointFile) return;
    const data: Checkpoint = { streamArn: streamArn!, shards: {} };
    for (const s of shards.values())
      data.shards[s.id] = { ...(s.seq ? { seq: s.seq } : {}), ...(s.done ? { done: true } : {}) };
    await mkdir(dirname(opts.checkpointFile), { recursive: true });
    const tmp = `${opts.checkpointFile}.tmp`;
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, opts.checkpointFile);
  }

  async function describe() {
    const found: Shard[] = [];
    let from: string | undefined;
    do {
      const out = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: from }),
      );
      found.push(...(out.StreamDescription?.Shards ?? []));
      from = out.StreamDescription?.LastEvaluatedShardId;
    } while (from);
    for (const shard of found) {
      const id = shard.ShardId!;
      if (shards.has(id)) continue;
      const saved = checkpoint?.shards[id];
      let start: ShardState['start'] = 'TRIM_HORIZON';
      let done = saved?.done ?? false;
      if (!described && !checkpoint && firstStart === 'LATEST') {
        // Nothing was ever delivered from this stream and the caller wants only new records:
        // closed shards are history, open ones start at their end.
        start = 'LATEST';
        if (shard.SequenceNumberRange?.EndingSequenceNumber) done = true;
      }
      shards.set(id, { id, parent: shard.ParentShardId, seq: saved?.seq, done, start });
    }
    described = true;
    lastDescribe = Date.now();
  }

  /** A child shard is read once its parent is finished (or gone), as Lambda does. */
  const ready = (s: ShardState) =>
    !s.done && (!s.parent || !shards.has(s.parent) || shards.get(s.parent)!.done);

  async function iteratorFor(s: ShardState): Promise<string | undefined> {
    const type: ShardIteratorType = s.seq ? 'AFTER_SEQUENCE_NUMBER' : s.start;
    try {
      const out = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: s.id,
          ShardIteratorType: type,
          ...(s.seq ? { SequenceNumber: s.seq } : {}),
        }),
      );
      // A LATEST position is fixed once taken; after that the shard resumes from the stream's start.
      s.start = 'TRIM_HORIZON';
      return out.ShardIterator;
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'TrimmedDataAccessException' && s.seq) {
        logger.warn('stream records were trimmed before delivery', { shardId: s.id });
        s.seq = undefined;
        s.start = 'TRIM_HORIZON';
        return iteratorFor(s);
      }
      if (name === 'ResourceNotFoundException') {
        s.done = true;
        return undefined;
      }
      throw e;
    }
  }

  async function deliverBatch(records: _Record[]) {
    const event: DynamoDBStreamEvent = {
      Records: records.map(
        (r) =>
          ({
            eventID: r.eventID,
            eventName: r.eventName,
            eventVersion: r.eventVersion,
            eventSource: r.eventSource,
            awsRegion: r.awsRegion,
            eventSourceARN: streamArn,
            dynamodb: {
              ...r.dynamodb,
              ApproximateCreationDateTime: r.dynamodb?.ApproximateCreationDateTime
                ? Math.floor(r.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
                : undefined,
            },
          }) as DynamoDBRecord,
      ),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await opts.deliver(event);
        return;
      } catch (error) {
        if (attempt >= retry.attempts) {
          logger.error('stream batch dropped after retries', {
            records: records.length,
            firstSequenceNumber: records[0]?.dynamodb?.SequenceNumber,
            attempts: attempt,
            error: error as Error,
          });
          return;
        }
        await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  /** One pass over every readable shard; returns how many records it delivered. */
  async function pass(forceDescribe: boolean): Promise<number> {
    if (forceDescribe || !described || Date.now() - lastDescribe > DESCRIBE_EVERY_MS) await describe();
    let delivered = 0;
    for (const s of [...shards.values()].filter(ready)) {
      for (;;) {
        s.iterator ??= await iteratorFor(s);
        if (!s.iterator) break;
        let out: Awaited<ReturnType<typeof getRecords>>;
        try {
          out = await getRecords(s.iterator);
        } catch (e) {
          if ((e as Error).name === 'ExpiredIteratorException') {
            s.iterator = undefined;
            continue;
          }
          throw e;
        }
        const records = out.Records ?? [];
        if (records.length > 0) {
          await deliverBatch(records);
          s.seq = records[records.length - 1]!.dynamodb?.SequenceNumber ?? s.seq;
          delivered += records.length;
        }
        s.iterator = out.NextShardIterator;
        if (!s.iterator) s.done = true;
        if (records.length > 0 || s.done) await saveCheckpoint();
        // Keep reading a shard while it returns full batches; otherwise go on to the next one.
        if (s.done || records.length < batchSize) break;
      }
    }
    return delivered;
  }

  const getRecords = (iterator: string) =>
    streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));

  // One pass at a time: the background loop and flush() share it.
  let current: Promise<number> | undefined;
  const runPass = (force = false): Promise<number> => {
    current ??= pass(force).finally(() => {
      current = undefined;
    });
    return current;
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = async () => {
    if (stopped) return;
    try {
      await runPass();
    } catch (error) {
      logger.error('stream poll failed', { error: error as Error });
    }
    if (!stopped) timer = setTimeout(loop, interval);
  };
  await describe();
  // LATEST means "from when the poller started": take those positions now, not at the first poll.
  for (const s of shards.values())
    if (ready(s) && !s.seq && s.start === 'LATEST') s.iterator = await iteratorFor(s);
  await saveCheckpoint();
  timer = setTimeout(loop, 0);

  return {
    async flush() {
      // The pass in progress may have started before the caller's write: wait for it, then poll
      // again until a whole pass finds nothing.
      if (current) await current.catch(() => 0);
      let force = true;
      while ((await runPass(force)) > 0) force = false;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (current) await current.catch(() => 0);
      streams.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Composition: stream → publish-outbox handler → local bus → subscribers
// ---------------------------------------------------------------------------------------------

export interface LocalEventBusOptions {
  endpoint: string;
  tableName: string;
  /** Defaults to the subscriptions of `functions/registry.ts`. */
  subscriptions?: Subscription[];
  load?: (modulePath: string) => Promise<Handler>;
  checkpointFile?: string;
  initialPosition?: 'TRIM_HORIZON' | 'LATEST';
  intervalMs?: number;
  retry?: RetryPolicy;
}

export interface LocalEventBus {
  bus: LocalBus;
  /** Resolves when every event written to the table so far has reached its subscribers (chains included). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Installs the in-process bus (so `eventBus()` publishes to it) and starts the stream poller that
 * feeds the table's outbox items to `functions/publishing/publish-outbox.ts`, exactly as the stream's
 * event source mapping does on AWS.
 */
export async function startLocalEventBus(opts: LocalEventBusOptions): Promise<LocalEventBus> {
  const subscriptions = opts.subscriptions ?? (await import('../../functions/registry.ts')).subscriptions;
  const bus = createLocalBus({ subscriptions, load: opts.load, retry: opts.retry });
  installEventBus(bus);
  const publisher = await loadModuleHandler(
    (await import('../../functions/registry.ts')).outboxPublisher.handler,
  );
  const poller = await startStreamPoller({
    endpoint: opts.endpoint,
    tableName: opts.tableName,
    checkpointFile: opts.checkpointFile,
    initialPosition: opts.initialPosition,
    intervalMs: opts.intervalMs,
    deliver: async (event) => {
      await publisher(event, localContext('publish-outbox'));
    },
  });
  const drain = async () => {
    // Subscribers may write new outbox items: go round until a round starts no delivery.
    for (let round = 0; round < 50; round++) {
      const before = bus.started();
      const busy = bus.pending() > 0;
      await poller.flush();
      await bus.drain();
      if (!busy && bus.started() === before) return;
    }
  };
  return {
    bus,
    drain,
    async stop() {
      await poller.stop();
      await bus.drain();
      installEventBus(undefined);
    },
  };
}
