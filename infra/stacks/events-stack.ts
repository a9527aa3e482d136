import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { majorOf } from '../../events/contract.ts';
import type { QueueConsumerEntry, Subscription } from '../../functions/manifest.ts';
import { outboxPublisher } from '../../functions/registry.ts';
import { OUTBOX_ENTITY } from '../../shared/db/outbox.ts';
import { deadLetterAlarm, deadLetterQueue } from '../constructs/dead-letter-queue.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../constructs/function-timeouts.ts';
import { ProjectFunction } from '../constructs/project-function.ts';
import { QueueConsumer } from '../constructs/queue-consumer.ts';
import { queueSettingsOf } from '../constructs/queue-settings.ts';
import { grantSends, wildcardReasonOf } from '../constructs/sends.ts';
import { grantUses, type StageResources } from '../constructs/uses.ts';
import { pascal } from './routes-stack.ts';
import type { StageSettings } from './settings.ts';

/**
 * `metadata.version` of major `major`: `"<major>.<minor>"`, or the bare integer that details carried
 * before versions had a minor part (as `parseDetail` reads them).
 */
export const majorVersionPattern = (major: number) => [{ prefix: `${major}.` }, major];

/**
 * CloudFormation allows 500 resources per template. A subscription costs 8 (function, role, policy,
 * log group, rule, permission, invoke config; a rule more per further source), a queue consumer 11
 * (queue and DLQ with their policies, two alarms, function, role, policy, log group, event source
 * mapping), the stack's own part 11: 50 subscriptions and 6 queue consumers are 477
 * (`test/infra/queues.test.ts` synthesizes exactly that). Past either cap, split the stack.
 */
export const MAX_SUBSCRIPTIONS = 50;
export const MAX_QUEUE_CONSUMERS = 6;

export interface EventsStackProps extends StackProps {
  settings: StageSettings;
  table: ITable;
  bus: IEventBus;
  /** the subscriptions of `functions/registry.ts`. */
  subscriptions: readonly Subscription[];
  /** the queue consumers of `functions/registry.ts`. */
  queues: readonly QueueConsumerEntry[];
  /** The user pool the subscribers that `managesUsers` provision (sign-in). */
  userPool?: IUserPool;
  userPoolClient?: IUserPoolClient;
  /** The invoice documents bucket, for the consumers that declare `uses: ['invoice-files']`. */
  invoiceFiles?: IBucket;
  /** The dunning state machine, for the subscribers that declare `uses: ['dunning-workflow']`. */
  dunningWorkflow?: IStateMachine;
}

/**
 * The asynchronous consumers: the outbox publisher (table stream → bus), every subscriber (bus rule
 * → function) and every queue consumer (SQS queue → function), each failure path ending in a
 * dead-letter queue that has an alarm.
 */
export class EventsStack extends Stack {
  readonly publisher: ProjectFunction;
  readonly outboxDlq: Queue;
  readonly eventsDlq: Queue;
  /** Subscriber functions by subscription name. */
  readonly subscribers = new Map<string, ProjectFunction>();
  /** Queue consumers (queue, DLQ, function) by entry name. */
  readonly queueConsumers = new Map<string, QueueConsumer>();

  constructor(scope: Construct, id: string, props: EventsStackProps) {
    super(scope, id, props);
    const { settings, table, bus } = props;

    this.outboxDlq = deadLetterQueue(this, 'OutboxDlq', {
      description:
        'Stream batches the outbox publisher gave up on. A message holds the shard and sequence numbers, not the events: replay from the outbox items, which the table keeps for a week.',
    });
    this.eventsDlq = deadLetterQueue(this, 'EventsDlq', {
      description:
        'Events a subscriber could not take: EventBridge delivery failures and invocations that failed after Lambda retries.',
    });

    // Table stream → event bus. TRIM_HORIZON: on the first deployment (or after the mapping is
    // recreated) the publisher starts from the oldest record still in the stream, so an outbox item
    // written before the mapping existed is still published; consumers are idempotent on eventId.
    this.publisher = new ProjectFunction(this, 'PublishOutbox', {
      handler: outboxPublisher.handler,
      description: 'Table stream → event bus (transactional outbox)',
      table,
      bus,
      tableAccess: 'none',
      publishEvents: true,
      settings,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.events),
      otherWildcardActions:
        'The table stream event source grants dynamodb:ListStreams, which has no resource-level permissions either; the stream reads themselves (DescribeStream, GetRecords, GetShardIterator) are on the table stream ARN only.',
    });
    this.publisher.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(0),
        // One batch per shard at a time: events of one partition reach the bus in write order.
        parallelizationFactor: 1,
        bisectBatchOnError: true,
        // The publisher reports the first item it could not publish (`streamHandler`): the retry
        // starts there instead of at the start of the batch.
        reportBatchItemFailures: true,
        retryAttempts: 8,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.outboxDlq),
        // Only inserted outbox items invoke the publisher; every other write is dropped by Lambda
        // before invocation (the handler checks again, so the local runtime behaves the same).
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { entity: { S: FilterRule.isEqual(OUTBOX_ENTITY) } } },
          }),
        ],
      }),
    );
    if (props.subscriptions.length > MAX_SUBSCRIPTIONS) {
      throw new Error(
        `${props.subscriptions.length} subscriptions: split EventsStack (at most ${MAX_SUBSCRIPTIONS})`,
      );
    }
    for (const subscription of props.subscriptions) this.subscribe(subscription, props);

    if (props.queues.length > MAX_QUEUE_CONSUMERS) {
      throw new Error(
        `${props.queues.length} queue consumers: split EventsStack (at most ${MAX_QUEUE_CONSUMERS})`,
      );
    }
    // Checked all at once first: a name listed twice or a bad setting fails before anything is made.
    queueSettingsOf(props.queues);
    for (const entry of props.queues) {
      this.queueConsumers.set(
        entry.name,
        new QueueConsumer(this, `${pascal(entry.name)}Queue`, { entry, table, bus, settings }),
      );
    }
    // What each subscriber and consumer declares it uses (a consumer may send to its own queue, as
    // the bill run's workers queue the numbering pass), once every queue exists.
    const resources = this.stageResources(props);
    for (const entry of props.queues) {
      grantUses(this.queueConsumers.get(entry.name)!.fn, `queue "${entry.name}"`, entry.uses, resources);
    }
    for (const subscription of props.subscriptions) {
      const fn = this.subscribers.get(subscription.name)!;
      grantUses(fn, `subscription "${subscription.name}"`, subscription.uses, resources);
    }

    // Any message in a dead-letter queue is an event that did not reach its consumer.
    for (const [name, queue] of [
      ['OutboxDlq', this.outboxDlq],
      ['EventsDlq', this.eventsDlq],
    ] as const) {
      deadLetterAlarm(
        this,
        `${name}Alarm`,
        queue,
        `${name} holds failed messages (${settings.stage}): ${queue.node.id}`,
      );
    }

    // Events waiting in the stream: the publisher is failing or throttled long before the DLQ fills.
    new Alarm(this, 'OutboxIteratorAgeAlarm', {
      alarmDescription: `Outbox events are more than 5 minutes behind (${settings.stage})`,
      metric: this.publisher.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 5 * 60 * 1000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  /** The resources this stack's functions and later stacks' may use: the bucket, the workflow, every queue. */
  stageResources(props: Pick<EventsStackProps, 'invoiceFiles' | 'dunningWorkflow'>): StageResources {
    return {
      ...(props.invoiceFiles ? { invoiceFiles: props.invoiceFiles } : {}),
      ...(props.dunningWorkflow ? { dunningWorkflow: props.dunningWorkflow } : {}),
      queues: new Map([...this.queueConsumers].map(([name, c]) => [name, c.queue])),
    };
  }

  private subscribe(subscription: Subscription, props: EventsStackProps): void {
    const name = pascal(subscription.name);
    if (this.subscribers.has(subscription.name))
      throw new Error(`subscription "${subscription.name}" is listed twice`);
    if (subscription.events.length === 0)
      throw new Error(`subscription "${subscription.name}" lists no events`);
    const fn = new ProjectFunction(this, name, {
      handler: subscription.handler,
      description: `Subscriber ${subscription.name}`,
      table: props.table,
      bus: props.bus,
      // Subscribers record what they handled (idempotency on eventId) and write their own
      // outbox items; they never call PutEvents directly.
      tableAccess: 'readwrite',
      settings: props.settings,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.events),
      functionProps: {
        // EventBridge invokes asynchronously: after Lambda's own retries the event goes to the DLQ.
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
        onFailure: new SqsDestination(this.eventsDlq),
      },
      ...wildcardReasonOf(subscription.sends),
    });
    this.subscribers.set(subscription.name, fn);

    if (subscription.managesUsers) {
      if (!props.userPool || !props.userPoolClient) {
        throw new Error(`subscription "${subscription.name}" manages users but the stack has no user pool`);
      }
      fn.addEnvironment('USER_POOL_ID', props.userPool.userPoolId);
      fn.addEnvironment('USER_POOL_CLIENT_ID', props.userPoolClient.userPoolClientId);
      props.userPool.grant(
        fn,
        'cognito-idp:AdminCreateUser',
        'cognito-idp:AdminSetUserPassword',
        'cognito-idp:AdminEnableUser',
        'cognito-idp:AdminDisableUser',
        'cognito-idp:AdminUserGlobalSignOut',
      );
    }

    grantSends(fn, subscription.name, subscription.sends, props.settings);

    // One rule per source and major version, so that a pattern never matches a detail-type of one
    // source sent by another, and a consumer never receives a major it cannot read (while a new
    // major is published alongside the old one, each consumer gets its own).
    const groups = new Map<string, { source: string; major: number; detailTypes: Set<string> }>();
    const read = new Set<string>();
    for (const contract of subscription.events) {
      const event = `${contract.source}/${contract.detailType}`;
      if (read.has(event))
        throw new Error(
          `subscription "${subscription.name}" lists ${event} twice: a consumer reads one major`,
        );
      read.add(event);
      const major = majorOf(contract.version);
      const key = `${contract.source} ${major}`;
      const group = groups.get(key) ?? { source: contract.source, major, detailTypes: new Set<string>() };
      group.detailTypes.add(contract.detailType);
      groups.set(key, group);
    }
    for (const { source, major, detailTypes } of groups.values()) {
      // Rules of major 1 keep the logical id they had before versions had a minor part.
      new Rule(this, `${name}${pascal(source)}${major === 1 ? '' : `V${major}`}Rule`, {
        eventBus: props.bus,
        description: `${subscription.name} ← ${source} ${major}.x: ${[...detailTypes].join(', ')}`,
        eventPattern: {
          source: [source],
          detailType: [...detailTypes],
          detail: { metadata: { version: majorVersionPattern(major) } },
        },
        targets: [
          new LambdaFunction(fn, {
            deadLetterQueue: this.eventsDlq,
            retryAttempts: 8,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
    }
  }
}
