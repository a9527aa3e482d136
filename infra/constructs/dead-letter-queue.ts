import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  /** What lands in it. */
  description: string;
  queueName?: string;
  /**
   * It is the target of a source queue's redrive policy, from which cdk-nag knows it is a DLQ. A DLQ
   * of an event source mapping or an EventBridge target is not: it gets the acknowledgement instead.
   */
  redriveTarget?: boolean;
}

/**
 * A dead-letter queue: encrypted, TLS only, messages kept for 14 days (the longest SQS allows; a
 * message moved from a queue keeps its first enqueue time, so a DLQ must keep messages at least as
 * long as its source queue).
 */
export function deadLetterQueue(scope: Construct, id: string, props: DeadLetterQueueProps): Queue {
  const queue = new Queue(scope, id, {
    ...(props.queueName ? { queueName: props.queueName } : {}),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  if (!props.redriveTarget) {
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `This queue IS a dead-letter queue (${props.description}); a DLQ of a DLQ would only move the problem.`,
    });
  }
  return queue;
}

/** Any message in a dead-letter queue is something that did not reach its consumer: alarm on the first. */
export function deadLetterAlarm(scope: Construct, id: string, queue: Queue, description: string): Alarm {
  return new Alarm(scope, id, {
    alarmDescription: description,
    metric: queue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: 'Maximum',
    }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}
