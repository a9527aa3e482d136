import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../kernel/observability.ts';
import {
  countMetric,
  failures,
  logFailure,
  observed,
  useOperationDimension,
  withLogKeys,
} from './middleware.ts';

export interface StreamConsumer {
  /** The consumer's name: the metrics' operation dimension. */
  name: string;
}

/** One change of the table, its images unmarshalled. */
export interface TableChange {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
}

export type StreamImpl = (change: TableChange, record: DynamoDBRecord) => Promise<void>;

/** A record after the first failure of its batch: not attempted, so that the batch stays in order. */
class NotAttempted extends Error {
  override readonly name = 'NotAttempted';
}

const image = (i: Record<string, unknown> | undefined) =>
  i ? unmarshall(i as Record<string, AttributeValue>) : undefined;

/**
 * Builds the Lambda handler of a DynamoDB stream consumer (Powertools batch, partial batch
 * failures: the event source mapping needs `reportBatchItemFailures`). Records are handled in
 * stream order, one at a time, and the first failure stops the batch: that record and every later
 * one are reported in `batchItemFailures`, so Lambda retries from the failed record and nothing is
 * handled out of order. Records before it are not handled again. When the first record fails the
 * invocation throws (a whole-batch failure, retried as such). Every failure is logged with the
 * record's event id and sequence number.
 */
export function streamHandler(consumer: StreamConsumer, impl: StreamImpl) {
  useOperationDimension(consumer.name);

  const core = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    let stopped = false;
    let notAttempted = 0;
    const handleRecord = async (record: DynamoDBRecord) => {
      if (stopped) {
        notAttempted++;
        throw new NotAttempted('an earlier record of the batch failed');
      }
      const keys = { record_id: record.eventID, sequence_number: record.dynamodb?.SequenceNumber };
      return withLogKeys(keys, async () => {
        try {
          await impl(
            {
              eventName: record.eventName!,
              newImage: image(record.dynamodb?.NewImage),
              oldImage: image(record.dynamodb?.OldImage),
            },
            record,
          );
          countMetric('RecordProcessed');
        } catch (error) {
          stopped = true;
          logFailure('RecordFailed', 'stream record failed', error);
          throw error;
        }
      });
    };
    // A processor per invocation: it holds the batch's state.
    const processor = new BatchProcessor(EventType.DynamoDBStreams, { logger });
    const response = await processPartialResponse(event, handleRecord, processor, {
      context,
      processInParallel: false,
    });
    if (notAttempted > 0) logger.warn('stream batch stopped at its first failure', { notAttempted });
    return response;
  };

  return observed(core, () => ({})).use(
    failures<DynamoDBStreamEvent, DynamoDBBatchResponse>(
      'BatchFailed',
      'the first record of the batch failed',
    ),
  );
}
