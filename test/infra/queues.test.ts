import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import type { QueueConsumerEntry, Subscription } from '../../functions/manifest.ts';
import { queues as registeredQueues } from '../../functions/registry.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../../infra/constructs/function-timeouts.ts';
import { QUEUE_DEFAULTS, VISIBILITY_TIMEOUT_FACTOR } from '../../infra/constructs/queue-settings.ts';
import { MAX_QUEUE_CONSUMERS, MAX_SUBSCRIPTIONS } from '../../infra/stacks/events-stack.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  roleOf,
  statementsOfRole,
} from './support.ts';

/** Two stand-in consumers: one with every default, one with every setting. Bundling is skipped. */
const testQueues: QueueConsumerEntry[] = [
  { name: 'usage-records', handler: 'test/support/queue-consumer', producers: 'network mediation' },
  {
    name: 'bill-run-groups',
    handler: 'test/support/queue-consumer',
    batchSize: 5,
    maxReceiveCount: 3,
    maxConcurrency: 4,
    timeoutSeconds: 300,
  },
];

let events: Template;
let t: NamedTemplate;
let ids: Map<string, { queue: string; dlq: string; fn: string }>;

beforeAll(() => {
  const { sb } = buildSwitchboard({ queues: testQueues, schedules: [] });
  events = Template.fromStack(sb.events);
  t = allTemplates(sb).find((x) => x.stack === sb.events)!;
  const id = (c: { node: { defaultChild?: unknown } }) =>
    sb.events.getLogicalId(c.node.defaultChild as never);
  ids = new Map(
    [...sb.events.queueConsumers].map(([name, c]) => [
      name,
      { queue: id(c.queue), dlq: id(c.deadLetterQueue), fn: id(c.fn) },
    ]),
  );
});

const idsOf = (name: string) => ids.get(name)!;

describe('queue consumers', () => {
  it('get one queue, dead-letter queue and function per entry of the registry (none while no manifest lists one)', () => {
    const { sb } = buildSwitchboard({ stage: 'real' });
    expect([...sb.events.queueConsumers.keys()].sort()).toEqual(registeredQueues.map((q) => q.name).sort());
    expect([...ids.keys()]).toEqual(['usage-records', 'bill-run-groups']);
  });

  it('have an encrypted, TLS-only queue named for the stage, with a visibility timeout six times the function timeout', () => {
    const timeout = FUNCTION_TIMEOUT_SECONDS.queue;
    expect(VISIBILITY_TIMEOUT_FACTOR).toBeGreaterThanOrEqual(6);
    const { queue, fn } = idsOf('usage-records');
    expect(t.resources[queue]!.Properties).toMatchObject({
      QueueName: 'switchboard-dev-usage-records',
      SqsManagedSseEnabled: true,
      VisibilityTimeout: VISIBILITY_TIMEOUT_FACTOR * timeout,
    });
    expect(t.resources[fn]!.Properties.Timeout).toBe(timeout);
    const policy = Object.values(events.findResources('AWS::SQS::QueuePolicy')).find(
      (p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([{ Ref: queue }]),
    )!;
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('take a longer function timeout per entry, the visibility timeout still six times it', () => {
    const { queue, fn } = idsOf('bill-run-groups');
    expect(t.resources[fn]!.Properties.Timeout).toBe(300);
    expect(t.resources[queue]!.Properties.VisibilityTimeout).toBe(VISIBILITY_TIMEOUT_FACTOR * 300);
  });

  it('move a message to their own dead-letter queue after maxReceiveCount receives (default 5)', () => {
    for (const [name, maxReceiveCount] of [
      ['usage-records', QUEUE_DEFAULTS.maxReceiveCount],
      ['bill-run-groups', 3],
    ] as const) {
      const { queue, dlq } = idsOf(name);
      expect(t.resources[queue]!.Properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] },
        maxReceiveCount,
      });
      expect(t.resources[dlq]!.Properties).toMatchObject({
        QueueName: `switchboard-dev-${name}-dlq`,
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
      // A dead-lettered message keeps its first enqueue time: the DLQ keeps messages longer.
      expect(t.resources[queue]!.Properties.MessageRetentionPeriod).toBeLessThan(14 * 24 * 3600);
    }
  });

  it('invoke their function with batches and partial batch failures (ReportBatchItemFailures)', () => {
    const usage = idsOf('usage-records');
    events.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: usage.fn },
      EventSourceArn: { 'Fn::GetAtt': [usage.queue, 'Arn'] },
      BatchSize: QUEUE_DEFAULTS.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: Match.absent(),
    });
    const bill = idsOf('bill-run-groups');
    events.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: bill.fn },
      EventSourceArn: { 'Fn::GetAtt': [bill.queue, 'Arn'] },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 4 },
    });
  });

  it('may consume their own queue only, and read and write the table like the other consumers', () => {
    const { queue, dlq, fn } = idsOf('usage-records');
    const statements = statementsOfRole(t, roleOf(t.resources[fn]!));
    const sqs = statements.find((s) => asArray(s.Action).includes('sqs:ReceiveMessage'))!;
    expect(asArray(sqs.Action)).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']));
    expect(sqs.Resource).toEqual({ 'Fn::GetAtt': [queue, 'Arn'] });
    expect(JSON.stringify(statements)).not.toContain(dlq);
    expect(JSON.stringify(statements)).not.toContain(idsOf('bill-run-groups').queue);
    const actions = statements.flatMap((s) => asArray(s.Action));
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('events:PutEvents');
  });

  it('alarm on the first message in their dead-letter queue and on a message waiting too long', () => {
    const { queue, dlq } = idsOf('usage-records');
    events.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    events.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('export the queue URL and ARN for the producers', () => {
    const { queue } = idsOf('usage-records');
    const outputs = Object.values(events.toJSON().Outputs as Record<string, Record<string, unknown>>);
    expect(outputs).toContainEqual({
      Description: expect.stringContaining('network mediation'),
      Value: { Ref: queue },
      Export: { Name: 'switchboard-dev-usage-records-queue-url' },
    });
    expect(outputs).toContainEqual({
      Description: expect.stringContaining('sqs:SendMessage'),
      Value: { 'Fn::GetAtt': [queue, 'Arn'] },
      Export: { Name: 'switchboard-dev-usage-records-queue-arn' },
    });
  });

  it('refuse at synth a name listed twice or a setting SQS or Lambda refuse, naming the entry', () => {
    const one = testQueues[0]!;
    const refused = (queues: QueueConsumerEntry[]) => () =>
      buildSwitchboard({ stage: 'refused', queues, schedules: [] });
    expect(refused([one, one])).toThrow(/queue "usage-records" is listed twice/);
    expect(refused([{ ...one, batchSize: 11 }])).toThrow(/queue "usage-records": batchSize must be 1–10/);
    expect(refused([{ ...one, maxReceiveCount: 0 }])).toThrow(/maxReceiveCount/);
    expect(refused([{ ...one, maxConcurrency: 1 }])).toThrow(/maxConcurrency must be 2–1000/);
    expect(refused([{ ...one, timeoutSeconds: 901 }])).toThrow(/timeoutSeconds must be 1–900/);
    expect(refused([{ ...one, name: 'UsageRecords' }])).toThrow(/kebab-case/);
    expect(refused([{ ...one, handler: 'functions/usage/no-such-module' }])).toThrow(/does not exist/);
  });
});

describe("the events stack under CloudFormation's 500-resource limit", () => {
  it(`holds ${MAX_SUBSCRIPTIONS} subscriptions and ${MAX_QUEUE_CONSUMERS} queue consumers, and refuses more`, () => {
    const Probe = defineEvent({
      detailType: 'ProbeHappened',
      source: 'switchboard.probe',
      version: '1.0',
      schema: z.object({}),
    });
    const subscriptions: Subscription[] = Array.from({ length: MAX_SUBSCRIPTIONS }, (_, i) => ({
      name: `probe-${i}`,
      handler: 'functions/publishing/publish-outbox',
      events: [Probe],
    }));
    const queues: QueueConsumerEntry[] = Array.from({ length: MAX_QUEUE_CONSUMERS }, (_, i) => ({
      name: `probe-queue-${i}`,
      handler: 'test/support/queue-consumer',
    }));
    const { sb } = buildSwitchboard({ stage: 'full', subscriptions, queues, schedules: [] });
    const count = Object.keys(Template.fromStack(sb.events).toJSON().Resources).length;
    expect(count).toBeLessThan(490);

    expect(() =>
      buildSwitchboard({
        stage: 'over',
        queues: [...queues, { name: 'one-more', handler: 'test/support/queue-consumer' }],
        schedules: [],
      }),
    ).toThrow(/split EventsStack/);
  });
});
