import { CfnOutput, Duration } from 'aws-cdk-lib';
import { type Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueConsumerEntry } from '../../functions/manifest.ts';
import type { StageSettings } from '../stacks/settings.ts';
import { deadLetterAlarm, deadLetterQueue } from './dead-letter-queue.ts';
import { ProjectFunction } from './project-function.ts';
import { type QueueSettings, queueSettings } from './queue-settings.ts';

export interface QueueConsumerProps {
  /** The entry of an area manifest (`functions/registry.ts` `queues`). */
  entry: QueueConsumerEntry;
  table: ITable;
  bus: IEventBus;
  settings: StageSettings;
}

/** The oldest message waiting longer than this means the consumer is behind or failing. */
const OLDEST_MESSAGE_ALARM_SECONDS = 10 * 60;

/**
 * One queue consumer of an area manifest: the queue producers send to (named
 * `<stage prefix>-<name>`, its URL and ARN exported), its dead-letter queue after `maxReceiveCount`
 * receives with an alarm on the first message there, an alarm on the age of the oldest waiting
 * message, and the consumer function behind an event source mapping that reports partial batch
 * failures (`queueHandler` fails the records it could not handle, and only those come back).
 */
export class QueueConsumer extends Construct {
  readonly settings: QueueSettings;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly fn: ProjectFunction;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: QueueConsumerProps) {
    super(scope, id);
    const s = queueSettings(props.entry);
    this.settings = s;
    const { prefix, stage } = props.settings;

    this.deadLetterQueue = deadLetterQueue(this, 'Dlq', {
      description: `messages of ${s.name} its consumer failed ${s.maxReceiveCount} times, kept for replay once the cause is fixed`,
      queueName: `${prefix}-${s.name}-dlq`,
      redriveTarget: true,
    });
    this.queue = new Queue(this, 'Queue', {
      queueName: `${prefix}-${s.name}`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(s.visibilityTimeoutSeconds),
      // Shorter than the DLQ's 14 days: a dead-lettered message keeps its first enqueue time.
      retentionPeriod: Duration.days(7),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: s.maxReceiveCount },
    });

    this.fn = new ProjectFunction(this, 'Consumer', {
      handler: s.handler,
      description: `Queue consumer ${s.name}`,
      table: props.table,
      bus: props.bus,
      // Like the event subscribers: idempotency records per message and the use case's own writes
      // (its events go through the outbox, never PutEvents).
      tableAccess: 'readwrite',
      settings: props.settings,
      timeout: Duration.seconds(s.timeoutSeconds),
    });
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: s.batchSize,
        reportBatchItemFailures: true,
        ...(s.maxConcurrency !== undefined ? { maxConcurrency: s.maxConcurrency } : {}),
      }),
    );

    this.deadLetterAlarm = deadLetterAlarm(
      this,
      'DlqAlarm',
      this.deadLetterQueue,
      `${s.name} dead-letter queue holds messages its consumer failed ${s.maxReceiveCount} times (${stage})`,
    );
    this.queue
      .metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' })
      .createAlarm(this, 'OldestMessageAlarm', {
        alarmDescription: `${s.name} has a message waiting more than ${OLDEST_MESSAGE_ALARM_SECONDS / 60} minutes: its consumer is behind or failing (${stage})`,
        threshold: OLDEST_MESSAGE_ALARM_SECONDS,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 2,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });

    const sendHere = `Producers send to this queue${s.producers ? ` (${s.producers})` : ''}`;
    new CfnOutput(this, 'QueueUrl', {
      description: `${sendHere}: its URL`,
      value: this.queue.queueUrl,
      exportName: `${prefix}-${s.name}-queue-url`,
    });
    new CfnOutput(this, 'QueueArn', {
      description: `${sendHere}: its ARN, for the producer's sqs:SendMessage permission`,
      value: this.queue.queueArn,
      exportName: `${prefix}-${s.name}-queue-arn`,
    });
  }
}
