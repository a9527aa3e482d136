import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod';
import type { Actor, SystemSubject } from '../kernel/actor.ts';
import { InvalidInput } from '../kernel/errors.ts';
import { logger } from '../kernel/observability.ts';
import { deliveryRunner } from './delivery-idempotency.ts';
import {
  countMetric,
  failures,
  logFailure,
  observed,
  useOperationDimension,
  wellFormedCorrelationId,
  withLogKeys,
} from './middleware.ts';
import { loadSystemActor } from './system-actor.ts';
import { issuesFromZod } from './validation.ts';

/** Every queue message names its tenant: keys, the actor and the idempotency records are per tenant. */
export type QueueMessageSchema = z.ZodType<{ tenantId: string }>;

export interface QueueConsumer<S extends QueueMessageSchema> {
  /** The consumer's name: the metrics' operation dimension and part of every idempotency key. */
  name: string;
  /** The message body (JSON). Records that do not match fail on their own. */
  schema: S;
  actor: SystemSubject;
  /**
   * The business id a message is recognised by when it is sent or delivered again (e.g. a usage
   * record's `recordId`); defaults to the SQS message id, which only recognises redeliveries.
   */
  idempotencyKey?: (message: z.output<S>) => string;
}

export type QueueImpl<S extends QueueMessageSchema, R> = (
  message: z.output<S>,
  actor: Actor,
  record: SQSRecord,
) => Promise<R>;

/** Producers pass the correlation id of the command that sent the message as this attribute. */
export const CORRELATION_ATTRIBUTE = 'correlationId';

/** The body as JSON, or undefined when it is none. */
function jsonBody(record: SQSRecord): unknown {
  try {
    return JSON.parse(record.body);
  } catch {
    return undefined;
  }
}

/**
 * Builds the Lambda handler of an SQS consumer (Powertools batch, partial batch failures: the event
 * source mapping needs `reportBatchItemFailures`). Records are handled one at a time, each with its
 * own log keys (correlation id, tenant id, message id), a system actor of its tenant and idempotency
 * on its business id or message id. A record that fails, validation included, is logged and reported
 * in `batchItemFailures`, so only it returns to the queue (and reaches the dead-letter queue after
 * the queue's receive count); the others go on. When every record fails the invocation throws.
 */
export function queueHandler<S extends QueueMessageSchema, R = unknown>(
  consumer: QueueConsumer<S>,
  impl: QueueImpl<S, R>,
) {
  useOperationDimension(consumer.name);
  const once = deliveryRunner<R>(consumer.name);

  const handleRecord = async (record: SQSRecord, context: Context): Promise<R> => {
    const correlationId =
      wellFormedCorrelationId(record.messageAttributes?.[CORRELATION_ATTRIBUTE]?.stringValue) ??
      record.messageId;
    const body = jsonBody(record);
    const tenantId = (body as { tenantId?: unknown } | undefined)?.tenantId;
    const keys = {
      correlation_id: correlationId,
      tenant_id: typeof tenantId === 'string' ? tenantId : undefined,
      message_id: record.messageId,
    };
    return withLogKeys(keys, async () => {
      const parsed = body === undefined ? undefined : consumer.schema.safeParse(body);
      if (!parsed?.success) {
        const invalid = parsed
          ? new InvalidInput(issuesFromZod(parsed.error, 'body'))
          : InvalidInput.field('body', 'is not valid JSON');
        countMetric('RecordInvalid');
        logger.warn('queue message refused', { errors: invalid.issues });
        throw invalid;
      }
      const message = parsed.data;
      const key = consumer.idempotencyKey?.(message) ?? record.messageId;
      try {
        const outcome = await once({ tenantId: message.tenantId, key }, context, async () =>
          impl(message, await loadSystemActor(message.tenantId, consumer.actor, correlationId), record),
        );
        if (outcome.duplicate) logger.info('queue message already handled: not handled again');
        countMetric(outcome.duplicate ? 'RecordDuplicate' : 'RecordProcessed');
        return outcome.result;
      } catch (error) {
        logFailure('RecordFailed', 'queue message failed', error);
        throw error;
      }
    });
  };

  const core = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // A processor per invocation: it holds the batch's state, and the local runtime may run several
    // batches of one module at once.
    const processor = new BatchProcessor(EventType.SQS, { logger });
    return processPartialResponse(event, (record: SQSRecord) => handleRecord(record, context), processor, {
      context,
      processInParallel: false,
    });
  };

  return observed(core, () => ({})).use(
    failures<SQSEvent, SQSBatchResponse>('BatchFailed', 'every record of the batch failed'),
  );
}
