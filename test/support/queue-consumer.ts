import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { queueHandler } from '../../shared/handlers/queue-handler.ts';

/**
 * A queue consumer for the tests of the local queue and the queue stacks: a real `queueHandler`
 * module (validation, tenant actor, idempotency on the single table), whose messages say how the
 * consumer should behave, and whose batches are recorded for the test to read.
 */
export const TestQueueMessage = z.object({
  tenantId: z.string(),
  n: z.number().int(),
  /** Fail this record on every receive before this one (1-based); `Infinity`-like values fail always. */
  failUntilReceive: z.number().int().optional(),
});
export type TestQueueMessage = z.infer<typeof TestQueueMessage>;

export const TEST_QUEUE_CONSUMER = 'test-queue-consumer';

export interface Batch {
  records: SQSRecord[];
  /** `n` of each record the consumer handled successfully in this batch. */
  handled: number[];
  /** The invocation threw before handling anything. */
  crashed: boolean;
}

/** Every batch delivered since the last `resetTestConsumer()`, in order of arrival. */
export const batches: Batch[] = [];
let crashes = 0;
let holds: Promise<void>[] = [];

/** The next `count` invocations throw before handling any record (a timeout or crash of the runtime). */
export function crashNextInvocations(count: number): void {
  crashes = count;
}

/** The next invocation waits until the returned function is called (a batch in flight). */
export function holdNextInvocation(): () => void {
  let release!: () => void;
  holds.push(new Promise<void>((res) => (release = res)));
  return release;
}

export function resetTestConsumer(): void {
  batches.length = 0;
  crashes = 0;
  holds = [];
}

/** The batch a record in flight belongs to (a message is in one batch at a time). */
const batchOf = new Map<string, Batch>();

const inner = queueHandler(
  { name: TEST_QUEUE_CONSUMER, schema: TestQueueMessage, actor: 'mediation-queue' },
  async (message, _actor, record) => {
    const receive = Number(record.attributes.ApproximateReceiveCount);
    if (message.failUntilReceive !== undefined && receive < message.failUntilReceive) {
      throw new Error(`message ${message.n} fails on receive ${receive}`);
    }
    batchOf.get(record.messageId)?.handled.push(message.n);
    return { n: message.n };
  },
);

export async function handler(event: SQSEvent, context: Context) {
  const batch: Batch = { records: event.Records, handled: [], crashed: false };
  batches.push(batch);
  const hold = holds.shift();
  if (hold) await hold;
  if (crashes > 0) {
    crashes--;
    batch.crashed = true;
    throw new Error('the consumer crashed');
  }
  for (const r of event.Records) batchOf.set(r.messageId, batch);
  try {
    return await inner(event, context);
  } finally {
    for (const r of event.Records) batchOf.delete(r.messageId);
  }
}
