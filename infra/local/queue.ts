import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import type { QueueConsumerEntry } from '../../functions/manifest.ts';
import { CORRELATION_ATTRIBUTE } from '../../shared/handlers/queue-handler.ts';
import { config } from '../../shared/kernel/config.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { type QueueSettings, queueSettingsOf } from '../constructs/queue-settings.ts';
import { localContext } from './api-event.ts';
import { loadModuleHandler } from './event-bus.ts';
import { invoke } from './invocations.ts';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/**
 * The local stand-in for an SQS queue and the Lambda event source mapping that feeds its consumer,
 * with the semantics the consumer relies on:
 *
 * - messages reach the entry's handler module in batches of up to `batchSize`, as an `SQSEvent`
 *   (message id, a receipt handle per receive, body and its MD5, `ApproximateReceiveCount` and the
 *   other attributes, String message attributes such as the correlation id), a few batches at once;
 * - a message is deleted only when the invocation returned without naming it in
 *   `batchItemFailures`; an invocation that throws, or answers what Lambda would not accept, sends
 *   the whole batch back;
 * - a message that comes back is delivered again after a short delay, its receive count one
 *   higher; one that was received `maxReceiveCount` times moves to the queue's dead-letter queue
 *   instead of a further delivery, as the redrive policy does;
 * - every message is on disk (`DATA_DIR/queues/<name>.json`) from the moment `send` resolves until
 *   it is deleted, its receive counted before the consumer sees it: a crash between receive and
 *   delete delivers it again after the next start (at least once, never lost).
 *
 * Unlike SQS a message is never delivered twice at once: while its invocation runs it stays with
 * it, however long that takes (Lambda would have ended the invocation at the function's timeout).
 * A message received by a process that died comes back once that attempt's function timeout has
 * passed, when an idempotency record it may have left "in progress" has expired, as the visibility
 * timeout (six times the function timeout) guarantees on AWS.
 */

/** A message as the queue keeps it. */
export interface StoredMessage {
  messageId: string;
  body: string;
  /** String message attributes, by name (the correlation id among them). */
  attributes: Record<string, string>;
  /** Epoch ms. */
  sentAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  /** Not delivered before this time (epoch ms). */
  visibleAt: number;
}

export interface DeadLetter extends StoredMessage {
  deadLetteredAt: number;
}

/** The queue's file in the data folder. */
interface QueueFile {
  queue: string;
  messages: StoredMessage[];
  deadLetters: DeadLetter[];
}

/** A message to send: its body as the consumer receives it and, optionally, the producer's correlation id. */
export interface OutgoingMessage {
  body: string;
  correlationId?: string;
}

/** Refused at send, as SQS refuses it (the message says why). */
export class MessageRefused extends Error {
  override readonly name = 'MessageRefused';
}

/**
 * Larger bodies are refused locally: ten of them stay well inside Lambda's 6 MB invocation payload,
 * and a producer that needs more sends a reference to the data instead.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;

const CORRELATION = /^[A-Za-z0-9._:-]{1,128}$/;
const LOCAL_ACCOUNT = '000000000000';

/** Batches of one queue delivered at once, as a small event source mapping scales. */
export const LOCAL_BATCHES_AT_ONCE = 2;
/** How soon a message its consumer failed is delivered again (SQS: the visibility timeout). */
export const LOCAL_REDELIVERY_DELAY_MS = 1_000;

export interface LocalQueueOptions {
  entry: QueueConsumerEntry;
  /** Folder of the queue files (`DATA_DIR/queues`); without it, messages live in memory only. */
  dir?: string;
  /** Resolves the consumer's handler module; defaults to importing it from the repo. */
  load?: (modulePath: string) => Promise<Handler>;
  /** Batches delivered at once; default `LOCAL_BATCHES_AT_ONCE`, or the entry's `maxConcurrency` when lower. */
  concurrency?: number;
  /** Delay before a message its consumer failed is delivered again; default `LOCAL_REDELIVERY_DELAY_MS`. */
  redeliveryDelayMs?: number;
  /**
   * How long a message received by a process that then died stays hidden, from its receive; default
   * the consumer's function timeout plus the redelivery delay (an idempotency record the attempt
   * left "in progress" has expired by then: it counts the timeout from the invocation's start).
   */
  leaseMs?: number;
}

export interface QueueCounts {
  /** Waiting or in flight. */
  messages: number;
  inFlight: number;
  deadLetters: number;
}

export interface LocalQueue {
  readonly name: string;
  readonly settings: QueueSettings;
  /** Resolves with the message ids once the messages are on disk (SendMessage / SendMessageBatch). */
  send(messages: OutgoingMessage[]): Promise<string[]>;
  /** Starts delivering to the consumer (the event source mapping is enabled). */
  start(): void;
  /** Resolves when no message is waiting or in flight (each was deleted or dead-lettered) and that is on disk. */
  drain(): Promise<void>;
  /** The messages waiting or in flight, oldest first. */
  messages(): StoredMessage[];
  /** The dead-letter queue, oldest first. */
  deadLetters(): DeadLetter[];
  counts(): QueueCounts;
  /** Delivers no more; awaits the batches in flight and the last write. Messages stay on disk. */
  stop(): Promise<void>;
}

/** `DATA_DIR/queues/<name>.json`. */
export const queueFilePath = (dir: string, name: string) => resolve(dir, `${name}.json`);

async function readQueueFile(file: string, name: string): Promise<QueueFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { queue: name, messages: [], deadLetters: [] };
    throw e;
  }
  // Written whole and renamed into place: a file that does not parse is damage, never a torn write.
  // Refuse to start over it rather than lose its messages.
  try {
    const parsed = JSON.parse(text) as QueueFile;
    return { queue: name, messages: parsed.messages ?? [], deadLetters: parsed.deadLetters ?? [] };
  } catch {
    throw new Error(`${file} is not a queue file; move it away to start the queue empty`);
  }
}

/** The queue files of a data folder's `queues` directory, by queue name (for the CLI). */
export async function readQueueFiles(dir: string): Promise<Map<string, QueueFile>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw e;
  }
  const out = new Map<string, QueueFile>();
  for (const name of names.sort()) out.set(name, await readQueueFile(queueFilePath(dir, name), name));
  return out;
}

/** SQS's MD5 of message attributes: each name, data type and value, length-prefixed, in name order. */
function md5OfAttributes(attributes: Record<string, string>): string | undefined {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const hash = createHash('md5');
  const field = (value: string) => {
    const bytes = Buffer.from(value, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length).update(bytes);
  };
  for (const name of names) {
    field(name);
    field('String');
    hash.update(Buffer.from([1])); // transport type: string
    field(attributes[name]!);
  }
  return hash.digest('hex');
}

/** Lambda's reading of a partial batch response: the ids to keep, or `all` when it is not one it accepts. */
function failedIds(result: unknown, batch: ReadonlySet<string>): Set<string> | 'all' {
  // Nothing, an empty response or no (or an empty) list: the whole batch succeeded.
  if (result === undefined || result === null) return new Set();
  if (typeof result !== 'object') return 'all';
  const failures = (result as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!Array.isArray(failures)) return 'all';
  const ids = new Set<string>();
  for (const f of failures) {
    const id = (f as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    // An empty, missing or unknown identifier makes the whole batch a failure.
    if (typeof id !== 'string' || !batch.has(id)) return 'all';
    ids.add(id);
  }
  return ids;
}

export async function openLocalQueue(opts: LocalQueueOptions): Promise<LocalQueue> {
  const [settings] = queueSettingsOf([opts.entry]) as [QueueSettings];
  const { name } = settings;
  const load = opts.load ?? loadModuleHandler;
  const concurrency = Math.max(
    1,
    Math.min(opts.concurrency ?? LOCAL_BATCHES_AT_ONCE, settings.maxConcurrency ?? Number.POSITIVE_INFINITY),
  );
  const redeliveryDelayMs = opts.redeliveryDelayMs ?? LOCAL_REDELIVERY_DELAY_MS;
  const leaseMs = opts.leaseMs ?? settings.timeoutSeconds * 1000 + redeliveryDelayMs;
  const file = opts.dir ? queueFilePath(opts.dir, name) : undefined;

  const saved = file ? await readQueueFile(file, name) : { queue: name, messages: [], deadLetters: [] };
  /** Waiting and in flight, in the order they were sent. */
  const messages = new Map<string, StoredMessage>(saved.messages.map((m) => [m.messageId, m]));
  const deadLetters: DeadLetter[] = saved.deadLetters;
  const inFlight = new Set<string>();
  const running = new Set<Promise<void>>();
  let started = false;
  let stopped = false;
  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idle: (() => void)[] = [];

  // One write at a time; a write asked for while one runs is made once, after it, with the state
  // as it is then, and answers everyone who asked meanwhile.
  let writing: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  async function write(path: string) {
    const data: QueueFile = { queue: name, messages: [...messages.values()], deadLetters };
    await mkdir(opts.dir!, { recursive: true });
    const tmp = `${path}.tmp`;
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, path);
  }
  function persist(): Promise<void> {
    if (!file) return Promise.resolve();
    if (queued) return queued;
    const next = writing.then(() => {
      queued = undefined;
      return write(file);
    });
    queued = next;
    writing = next.catch(() => undefined);
    return next;
  }

  function changed() {
    if (messages.size === 0 && running.size === 0) {
      const waiting = idle;
      idle = [];
      for (const res of waiting) res();
    }
  }

  /** Takes up to a batch of visible messages, dead-lettering those received `maxReceiveCount` times. */
  function receive(now: number): { batch: StoredMessage[]; deadLettered: number } {
    const batch: StoredMessage[] = [];
    let deadLettered = 0;
    for (const m of messages.values()) {
      if (batch.length >= settings.batchSize) break;
      if (inFlight.has(m.messageId) || m.visibleAt > now) continue;
      if (m.receiveCount >= settings.maxReceiveCount) {
        messages.delete(m.messageId);
        deadLetters.push({ ...m, deadLetteredAt: now });
        deadLettered++;
        logger.warn('queue message moved to the dead-letter queue', {
          queue: name,
          messageId: m.messageId,
          receiveCount: m.receiveCount,
          ...(m.attributes[CORRELATION_ATTRIBUTE]
            ? { correlation_id: m.attributes[CORRELATION_ATTRIBUTE] }
            : {}),
        });
        continue;
      }
      m.receiveCount++;
      m.firstReceivedAt ??= now;
      m.visibleAt = now + leaseMs;
      inFlight.add(m.messageId);
      batch.push(m);
    }
    return { batch, deadLettered };
  }

  function record(m: StoredMessage, region: string): SQSRecord {
    const messageAttributes: SQSMessageAttributes = {};
    for (const [key, value] of Object.entries(m.attributes)) {
      messageAttributes[key] = {
        stringValue: value,
        stringListValues: [],
        binaryListValues: [],
        dataType: 'String',
      };
    }
    const md5OfMessageAttributes = md5OfAttributes(m.attributes);
    return {
      messageId: m.messageId,
      receiptHandle: randomBytes(48).toString('base64'),
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: LOCAL_ACCOUNT,
        ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt ?? m.sentAt),
      },
      messageAttributes,
      md5OfBody: createHash('md5').update(m.body, 'utf8').digest('hex'),
      ...(md5OfMessageAttributes ? { md5OfMessageAttributes } : {}),
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:switchboard-local-${name}`,
      awsRegion: region,
    };
  }

  async function deliver(batch: StoredMessage[]): Promise<void> {
    const ids = new Set(batch.map((m) => m.messageId));
    let failed: Set<string> | 'all' = 'all';
    try {
      // The receive counts are on disk before the consumer sees the batch: a message that crashes
      // the process still reaches the dead-letter queue after its receives.
      await persist();
      const handler = await load(settings.handler);
      const event: SQSEvent = { Records: batch.map((m) => record(m, config().AWS_REGION)) };
      const result = await invoke(handler, event, localContext(name, settings.timeoutSeconds));
      failed = failedIds(result, ids);
      if (failed === 'all') {
        logger.error('queue consumer answered what Lambda does not accept: the whole batch comes back', {
          queue: name,
          messages: batch.length,
        });
      } else if (failed.size > 0) {
        logger.info('queue consumer failed some messages: they come back', {
          queue: name,
          failed: failed.size,
          messages: batch.length,
        });
      }
    } catch (error) {
      failed = 'all';
      logger.error('queue batch failed: every message comes back', {
        queue: name,
        messages: batch.length,
        error: error as Error,
      });
    } finally {
      const now = Date.now();
      for (const m of batch) {
        inFlight.delete(m.messageId);
        if (failed === 'all' || failed.has(m.messageId)) m.visibleAt = now + redeliveryDelayMs;
        else messages.delete(m.messageId);
      }
    }
    await persist().catch((error: unknown) =>
      logger.error('queue file not written', { queue: name, error: error as Error }),
    );
  }

  function pump() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!started || stopped) return;
    const now = Date.now();
    while (running.size < concurrency) {
      const { batch, deadLettered } = receive(now);
      if (deadLettered > 0 && batch.length === 0) {
        persist().catch((error: unknown) =>
          logger.error('queue file not written', { queue: name, error: error as Error }),
        );
      }
      if (batch.length === 0) break;
      const p: Promise<void> = deliver(batch).finally(() => {
        running.delete(p);
        changed();
        pump();
      });
      running.add(p);
    }
    // Wake when the next message waiting for its redelivery becomes visible.
    if (running.size < concurrency) {
      let next = Number.POSITIVE_INFINITY;
      for (const m of messages.values()) if (!inFlight.has(m.messageId)) next = Math.min(next, m.visibleAt);
      if (next !== Number.POSITIVE_INFINITY) {
        timer = setTimeout(pump, Math.max(0, next - now));
        timer.unref();
      }
    }
    changed();
  }

  const queue: LocalQueue = {
    name,
    settings,
    async send(outgoing) {
      if (outgoing.length === 0) throw new MessageRefused('no message to send');
      const now = Date.now();
      const made = outgoing.map((m, i): StoredMessage => {
        if (typeof m.body !== 'string' || m.body.length === 0) {
          throw new MessageRefused(`message ${i + 1}: the body is empty`);
        }
        const bytes = Buffer.byteLength(m.body, 'utf8');
        if (bytes > MAX_MESSAGE_BYTES) {
          throw new MessageRefused(`message ${i + 1}: ${bytes} bytes, over ${MAX_MESSAGE_BYTES}`);
        }
        if (m.correlationId !== undefined && !CORRELATION.test(m.correlationId)) {
          throw new MessageRefused(
            `message ${i + 1}: the correlation id must be 1–128 of A-Z a-z 0-9 . _ : -`,
          );
        }
        return {
          messageId: randomUUID(),
          body: m.body,
          attributes: m.correlationId ? { [CORRELATION_ATTRIBUTE]: m.correlationId } : {},
          sentAt: now,
          receiveCount: 0,
          visibleAt: now,
        };
      });
      for (const m of made) messages.set(m.messageId, m);
      await persist();
      pump();
      return made.map((m) => m.messageId);
    },
    start() {
      if (started) return;
      started = true;
      pump();
    },
    async drain() {
      if (messages.size > 0 || running.size > 0) await new Promise<void>((res) => idle.push(res));
      // The last change is on disk too (a message dead-lettered just now, say).
      await (queued ?? writing);
    },
    messages: () => [...messages.values()].map((m) => ({ ...m, attributes: { ...m.attributes } })),
    deadLetters: () => deadLetters.map((m) => ({ ...m, attributes: { ...m.attributes } })),
    counts: () => ({ messages: messages.size, inFlight: inFlight.size, deadLetters: deadLetters.length }),
    stop() {
      stopping ??= (async () => {
        stopped = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
        await Promise.all([...running]);
        await persist();
        if (openQueues.get(name) === queue) openQueues.delete(name);
      })();
      return stopping;
    },
  };
  openQueues.set(name, queue);
  return queue;
}

/** The queues open in this process, by name: what an in-process producer sends to. */
const openQueues = new Map<string, LocalQueue>();

/**
 * A producer's handle on a local queue (what SQS SendMessage is on AWS): the queue of that name
 * open in this process (`npm start`, or the CLI's own), found when a message is sent.
 */
export function localQueueSender(name: string): { send(bodies: readonly string[]): Promise<void> } {
  return {
    async send(bodies) {
      const queue = openQueues.get(name);
      if (!queue) throw new Error(`the local queue ${name} is not open in this process`);
      for (let i = 0; i < bodies.length; i += 10)
        await queue.send(bodies.slice(i, i + 10).map((body) => ({ body })));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Every queue of the registry
// ---------------------------------------------------------------------------------------------

export interface LocalQueuesOptions extends Omit<LocalQueueOptions, 'entry'> {
  /** Defaults to the queue consumers of `functions/registry.ts`. */
  entries?: readonly QueueConsumerEntry[];
}

export interface LocalQueues {
  get(name: string): LocalQueue | undefined;
  all(): LocalQueue[];
  /** Resolves when every queue is empty of waiting and in-flight messages. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** Opens one local queue per entry (their messages kept under `dir`) and starts delivering. */
export async function startLocalQueues(opts: LocalQueuesOptions = {}): Promise<LocalQueues> {
  const entries = opts.entries ?? (await import('../../functions/registry.ts')).queues;
  // Every entry is checked (names once, settings in range) before any queue opens.
  queueSettingsOf(entries);
  const queues = new Map<string, LocalQueue>();
  for (const entry of entries) queues.set(entry.name, await openLocalQueue({ ...opts, entry }));
  for (const q of queues.values()) q.start();
  return {
    get: (name) => queues.get(name),
    all: () => [...queues.values()],
    async drain() {
      await Promise.all([...queues.values()].map((q) => q.drain()));
    },
    async stop() {
      await Promise.all([...queues.values()].map((q) => q.stop()));
    },
  };
}
