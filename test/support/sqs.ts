import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { newId } from '../../shared/kernel/ids.ts';

/** An SQS record as the event source mapping delivers it to a consumer. */
export function sqsRecord(
  body: unknown,
  opts: { messageId?: string; correlationId?: string } = {},
): SQSRecord {
  return {
    messageId: opts.messageId ?? newId(),
    receiptHandle: 'rh',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: opts.correlationId
      ? { correlationId: { dataType: 'String', stringValue: opts.correlationId } }
      : {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-central-1:000000000000:usage-records',
    awsRegion: 'eu-central-1',
  };
}

export const sqs = (...records: SQSRecord[]): SQSEvent => ({ Records: records });
