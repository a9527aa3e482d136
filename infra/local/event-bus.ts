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
import { isFor } from '../../events/contract.ts';
import type { Subscription } from '../../functions/manifest.ts';
import { config } from '../../shared/kernel/config.ts';
import { logger } from '../../shared/kernel/observability.ts';
import type { BusEvent, EventBus } from '../../shared/publishing/ports.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../constructs/function-timeouts.ts';
import { localContext } from './api-event.ts';
import { localClient } from './dynamodb.ts';
import { invoke } from './invocations.ts';
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
  /** The longest delay between two attempts. */
  maxDelayMs?: number;
}

const delayBefore = (retry: RetryPolicy, attempt: number) =>
  Math.min(retry.baseDelayMs * 2 ** (attempt - 1), retry.maxDelayMs ?? Number.POSITIVE_INFINITY);

/**
 * Like EventBridge, the bus keeps trying a failing subscriber for a while, with backoff (about
 * 48 s here; EventBridge goes on for up to 24 h): longer than a subscriber's timeout, which is the
 * longest that an attempt killed with the process can keep holding the event (its idempotency
 * record stays "in progress" until then, a notification's lease less), so the event is delivered
 * again after that hold has run out instead of being given up.
 */
const BUS_RETRY: RetryPolicy = { attempts: 14, baseDelayMs: 250, maxDelayMs: 5_000 };

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
  /**
   * Resolves when every delivery started so far has ended: true when each was handled by its
   * subscriber (or failed every attempt), false when the bus was stopped before one of them was.
   */
  settled(): Promise<boolean>;
  /**
   * Stops delivering: deliveries waiting for their next attempt are abandoned (they were never
   * handled, so the stream position before them is kept and a restart delivers them again);
   * subscriber calls already running are awaited.
   */
  stop(): Promise<void>;
}

/**
 * Routes each published event to the subscriptions whose contracts match its source and
 * detail-type, calling the subscriber's `handler` with the EventBridge event shape. Like
 * EventBridge, `publish` only accepts the events; delivery is asynchronous and retried with
 * backoff, and a delivery that fails every attempt is logged. Unlike EventBridge the accepted
 * events live in memory only: `settled()` tells the stream poller when they were handled, and only
 * then does it move its checkpoint past them.
 */
export function createLocalBus(opts: LocalBusOptions): LocalBus {
  const load = opts.load ?? loadModuleHandler;
  const retry = opts.retry ?? BUS_RETRY;
  const inFlight = new Set<Promise<boolean>>();
  const running = new Set<Promise<unknown>>();
  let started = 0;
  let abandoned = false;
  let stopped = false;
  let wake: () => void = () => undefined;
  const stopping = new Promise<void>((res) => {
    wake = res;
  });

  /** Waits `ms`, or less if the bus stops meanwhile; true when the bus is still running. */
  async function pause(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise((r) => (timer = setTimeout(r, ms))), stopping]);
    clearTimeout(timer);
    return !stopped;
  }

  /** True when the subscriber handled the event or failed every attempt; false when abandoned. */
  async function deliver(sub: Subscription, event: EventBridgeEvent<string, unknown>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      if (stopped) return false;
      try {
        const handler = await load(sub.handler);
        const call = invoke(handler, event, localContext(sub.name, FUNCTION_TIMEOUT_SECONDS.events));
        running.add(call);
        try {
          await call;
        } finally {
          running.delete(call);
        }
        return true;
      } catch (error) {
        if (attempt >= retry.attempts) {
          logger.error('event delivery failed', {
            subscription: sub.name,
            detailType: event['detail-type'],
            eventId: event.id,
            attempts: attempt,
            error: error as Error,
          });
          return true;
        }
        if (!(await pause(delayBefore(retry, attempt)))) return false;
      }
    }
  }

  return {
    async publish(events: BusEvent[]) {
      const region = config().AWS_REGION;
      for (const e of events) {
        const detail: unknown = JSON.parse(e.detail);
        // Matched as the CDK rules match: source, detail-type and the contract's major version.
        const targets = opts.subscriptions.filter((s) =>
          s.events.some((c) => isFor(c, { source: e.source, detailType: e.detailType, detail })),
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
          const p: Promise<boolean> = deliver(sub, event).then((handled) => {
            if (!handled) abandoned = true;
            inFlight.delete(p);
            return handled;
          });
          inFlight.add(p);
          started++;
        }
      }
    },
    async drain() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    async settled() {
      const outcomes = await Promise.all([...inFlight]);
      return !abandoned && outcomes.every(Boolean);
    },
    async stop() {
      stopped = true;
      wake();
      await Promise.allSettled([...running]);
      await Promise.all([...inFlight]);
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
  /**
   * Per shard: `seq`, the last record handled (resume after it); or, before any was, `from`, the
   * first record read (resume at it); `done` once the closed shard was read to its end.
   */
  shards: Record<string, { seq?: string; from?: string; done?: boolean }>;
}

export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  /** Called with each batch, as Lambda would be; a throw retries the batch. */
  deliver: (event: DynamoDBStreamEvent) => Promise<void>;
  /**
   * Called once a batch was delivered: resolves when what the batch set off is done (true) or will
   * not be done in this run (false). The checkpoint moves past a batch only once this resolved
   * true for it and for every batch before it. Default: a delivered batch is done.
   */
  handled?: () => Promise<boolean>;
  /**
   * Where the last handled sequence number of each shard is kept, so records written just before a
   * restart, or delivered but not yet handled when the process died, are delivered after it.
   * Without it positions live in memory only.
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
  /** Polls until the stream has nothing more for us; resolves when all of it was handled and checkpointed. */
  flush(): Promise<void>;
  /** Stops polling (the pass in progress ends first). */
  stop(): Promise<void>;
  /** Resolves when every delivered batch is either handled and checkpointed, or known never to be in this run. */
  settled(): Promise<void>;
}

interface ShardState {
  id: string;
  parent?: string;
  iterator?: string;
  /** The last record read (and delivered). */
  seq?: string;
  /** Every record has been read. */
  done: boolean;
  /** The last record handled: what the checkpoint keeps. */
  handledSeq?: string;
  /** Before any record was handled: the first one read (a position that survives a restart, unlike LATEST). */
  from?: string;
  handledDone: boolean;
  /** Batches delivered and not yet acknowledged, in order; false once one of them never will be. */
  acks: Promise<boolean>;
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

  async function writeCheckpoint(file: string) {
    const data: Checkpoint = { streamArn: streamArn!, shards: {} };
    for (const s of shards.values()) {
      data.shards[s.id] = {
        ...(s.handledSeq ? { seq: s.handledSeq } : s.from ? { from: s.from } : {}),
        ...(s.handledDone ? { done: true } : {}),
      };
    }
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, file);
  }

  // One write at a time, each with the positions as they are when it runs.
  let saving: Promise<void> = Promise.resolve();
  function saveCheckpoint(): Promise<void> {
    const file = opts.checkpointFile;
    if (!file) return Promise.resolve();
    saving = saving
      .then(() => writeCheckpoint(file))
      .catch((error: unknown) => logger.error('stream checkpoint not saved', { error: error as Error }));
    return saving;
  }

  /** The checkpoint passes `seq` (and the shard's end) once the batch and those before it are handled. */
  function acknowledge(s: ShardState, upTo: { seq?: string; done?: boolean }, handled: Promise<boolean>) {
    s.acks = s.acks.then(async (ok) => {
      if (!ok || !(await handled.catch(() => false))) return false;
      if (upTo.seq) s.handledSeq = upTo.seq;
      if (upTo.done) s.handledDone = true;
      await saveCheckpoint();
      return true;
    });
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
      shards.set(id, {
        id,
        parent: shard.ParentShardId,
        seq: saved?.seq,
        from: saved?.from,
        done,
        handledSeq: saved?.seq,
        handledDone: done,
        acks: Promise.resolve(true),
        start,
      });
    }
    described = true;
    lastDescribe = Date.now();
  }

  /** A child shard is read once its parent is finished (or gone), as Lambda does. */
  const ready = (s: ShardState) =>
    !s.done && (!s.parent || !shards.has(s.parent) || shards.get(s.parent)!.done);

  async function iteratorFor(s: ShardState): Promise<string | undefined> {
    const type: ShardIteratorType = s.seq ? 'AFTER_SEQUENCE_NUMBER' : s.from ? 'AT_SEQUENCE_NUMBER' : s.start;
    const position = s.seq ?? s.from;
    try {
      const out = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: s.id,
          ShardIteratorType: type,
          ...(position ? { SequenceNumber: position } : {}),
        }),
      );
      // A LATEST position is fixed once taken; after that the shard resumes from the stream's start.
      s.start = 'TRIM_HORIZON';
      return out.ShardIterator;
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'TrimmedDataAccessException' && position) {
        logger.warn('stream records were trimmed before delivery', { shardId: s.id });
        s.seq = undefined;
        s.from = undefined;
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
        await sleep(delayBefore(retry, attempt));
      }
    }
  }

  /** One pass over every readable shard; returns how many records it delivered. */
  async function pass(forceDescribe: boolean): Promise<number> {
    if (forceDescribe || !described || Date.now() - lastDescribe > DESCRIBE_EVERY_MS) await describe();
    let delivered = 0;
    let renewed = 0;
    for (const s of [...shards.values()].filter(ready)) {
      for (;;) {
        s.iterator ??= await iteratorFor(s);
        if (!s.iterator) break;
        let out: Awaited<ReturnType<typeof getRecords>>;
        try {
          out = await getRecords(s.iterator);
        } catch (e) {
          const name = (e as Error).name;
          // An expired iterator, or one DynamoDB Local says points before the shard's oldest record:
          // take a new one from the last position (or the shard's start).
          if (
            (name === 'ExpiredIteratorException' || name === 'TrimmedDataAccessException') &&
            ++renewed <= 3
          ) {
            s.iterator = undefined;
            continue;
          }
          throw e;
        }
        renewed = 0;
        const records = out.Records ?? [];
        let seq: string | undefined;
        if (records.length > 0) {
          if (!s.handledSeq && !s.from) {
            // Nothing handled yet on this shard: keep where reading began, so a crash before the
            // first acknowledgement resumes here, not at the shard's start (or past these records).
            s.from = records[0]!.dynamodb?.SequenceNumber;
            await saveCheckpoint();
          }
          await deliverBatch(records);
          seq = records[records.length - 1]!.dynamodb?.SequenceNumber;
          s.seq = seq ?? s.seq;
          delivered += records.length;
        }
        s.iterator = out.NextShardIterator;
        if (!s.iterator) s.done = true;
        if (records.length > 0 || s.done) {
          const handled = records.length > 0 && opts.handled ? opts.handled() : Promise.resolve(true);
          acknowledge(s, { seq, done: s.done }, handled);
        }
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

  const settled = async () => {
    await Promise.all([...shards.values()].map((s) => s.acks));
    await saving;
  };

  return {
    async flush() {
      // The pass in progress may have started before the caller's write: wait for it, then poll
      // again until a whole pass finds nothing.
      if (current) await current.catch(() => 0);
      let force = true;
      while ((await runPass(force)) > 0) force = false;
      await settled();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (current) await current.catch(() => 0);
      streams.destroy();
    },
    settled,
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

let running: EventBus | undefined;

/**
 * The event-bus port of the local composition root (`infra/local/wiring.ts`): it publishes to the
 * in-process bus that `startLocalEventBus` runs. Publishing with no bus running is an error, as a
 * put to a missing EventBridge bus would be.
 */
export const localBus: EventBus = {
  publish(events) {
    if (!running) throw new Error('The local event bus is not running (npm start runs it).');
    return running.publish(events);
  },
};

/**
 * Runs the in-process bus (the one `localBus` publishes to) and starts the stream poller that
 * feeds the table's outbox items to `functions/publishing/publish-outbox.ts`, exactly as the stream's
 * event source mapping does on AWS.
 */
export async function startLocalEventBus(opts: LocalEventBusOptions): Promise<LocalEventBus> {
  const subscriptions = opts.subscriptions ?? (await import('../../functions/registry.ts')).subscriptions;
  const bus = createLocalBus({ subscriptions, load: opts.load, retry: opts.retry });
  running = bus;
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
      const result = (await invoke(
        publisher,
        event,
        localContext('publish-outbox', FUNCTION_TIMEOUT_SECONDS.events),
      )) as { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
      // A partial failure: like the event source mapping, take the batch again (the items already
      // published are published again; consumers are idempotent on the event id).
      const failed = result?.batchItemFailures ?? [];
      if (failed.length) throw new Error(`the publisher reported ${failed.length} failed record(s)`);
    },
    // EventBridge would hold the published events durably; here they are in memory until handled.
    handled: () => bus.settled(),
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
      // Read no more, end the deliveries (those waiting for a retry are left for the next start),
      // then keep the position of what was handled.
      await poller.stop();
      await bus.stop();
      await poller.settled();
      if (running === bus) running = undefined;
    },
  };
}
