import type { QueueConsumerEntry } from '../../functions/manifest.ts';
import { FUNCTION_TIMEOUT_SECONDS } from './function-timeouts.ts';

/**
 * A queue consumer entry with its defaults applied and its limits checked: the one place the queue
 * construct and the local queue read them from. No CDK import here: the local runtime loads this file.
 */
export interface QueueSettings {
  name: string;
  handler: string;
  batchSize: number;
  maxReceiveCount: number;
  maxConcurrency?: number;
  producers?: string;
  /** The consumer function's timeout: the entry's `timeoutSeconds`, else `FUNCTION_TIMEOUT_SECONDS.queue`. */
  timeoutSeconds: number;
  /**
   * How long a received message stays hidden before it is delivered again. AWS's guidance for a
   * Lambda event source is at least six times the function's timeout (plus any batching window, none
   * here), so that a batch retried after throttling or a cold start is not yet visible again.
   */
  visibilityTimeoutSeconds: number;
}

export const QUEUE_DEFAULTS = { batchSize: 10, maxReceiveCount: 5 } as const;

/** Visibility timeout = this × function timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const integerIn = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Throws, naming the entry and the field, when an entry asks for what SQS or Lambda refuse. */
export function queueSettings(entry: QueueConsumerEntry): QueueSettings {
  const refuse = (detail: string) => {
    throw new Error(`queue "${entry.name}": ${detail}`);
  };
  if (!NAME.test(entry.name) || entry.name.length > 40)
    refuse('name must be kebab-case, at most 40 characters');
  const batchSize = entry.batchSize ?? QUEUE_DEFAULTS.batchSize;
  // Above 10 an SQS event source needs a batching window; none is set, so 10 is the limit.
  if (!integerIn(batchSize, 1, 10)) refuse(`batchSize must be 1–10, not ${batchSize}`);
  const maxReceiveCount = entry.maxReceiveCount ?? QUEUE_DEFAULTS.maxReceiveCount;
  if (!integerIn(maxReceiveCount, 1, 1000)) refuse(`maxReceiveCount must be 1–1000, not ${maxReceiveCount}`);
  if (entry.maxConcurrency !== undefined && !integerIn(entry.maxConcurrency, 2, 1000)) {
    refuse(`maxConcurrency must be 2–1000, not ${entry.maxConcurrency}`);
  }
  const timeoutSeconds = entry.timeoutSeconds ?? FUNCTION_TIMEOUT_SECONDS.queue;
  // Lambda's limit; the visibility timeout (six times it, at most 90 minutes) is far below SQS's 12 hours.
  if (!integerIn(timeoutSeconds, 1, 900)) refuse(`timeoutSeconds must be 1–900, not ${timeoutSeconds}`);
  return {
    name: entry.name,
    handler: entry.handler,
    batchSize,
    maxReceiveCount,
    ...(entry.maxConcurrency !== undefined ? { maxConcurrency: entry.maxConcurrency } : {}),
    ...(entry.producers !== undefined ? { producers: entry.producers } : {}),
    timeoutSeconds,
    visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_FACTOR * timeoutSeconds,
  };
}

/** Every entry's settings; throws on an invalid entry or a name listed twice. */
export function queueSettingsOf(entries: readonly QueueConsumerEntry[]): QueueSettings[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (seen.has(entry.name)) throw new Error(`queue "${entry.name}" is listed twice`);
    seen.add(entry.name);
    return queueSettings(entry);
  });
}
