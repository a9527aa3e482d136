import { marshall } from '@aws-sdk/util-dynamodb';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../../events/contract.ts';
import type { Subscription } from '../../functions/manifest.ts';
import { subscriptions } from '../../functions/registry.ts';
import { outboxPut } from '../../shared/db/outbox.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  roleOf,
  statementsOfRole,
} from './support.ts';

const CreditTransferred = defineEvent({
  detailType: 'CreditTransferred',
  source: 'switchboard.money',
  version: '1.0',
  schema: z.object({ amount: z.number() }),
});
const TopUpReceived = defineEvent({
  detailType: 'TopUpReceived',
  source: 'switchboard.money',
  version: '1.0',
  schema: z.object({}),
});
const MemberJoined = defineEvent({
  detailType: 'MemberJoined',
  source: 'switchboard.groups',
  version: '1.0',
  schema: z.object({}),
});
/** A stand-in subscriber: any existing handler module will do, bundling is skipped. */
const testSubscriptions: Subscription[] = [
  {
    name: 'notify-money',
    handler: 'functions/publishing/publish-outbox',
    events: [CreditTransferred, TopUpReceived, MemberJoined],
  },
  {
    name: 'notify-everyone',
    handler: 'functions/publishing/publish-outbox',
    events: [MemberJoined],
    sends: ['sms', 'email'],
  },
];

let events: Template;
let t: NamedTemplate;
let ids: { publisher: string; outboxDlq: string; eventsDlq: string };
let subscriberIds: Map<string, string>;

beforeAll(() => {
  const { sb } = buildSwitchboard({
    subscriptions: testSubscriptions,
    notifyEmailFrom: 'billing@example.com',
  });
  events = Template.fromStack(sb.events);
  t = allTemplates(sb).find((x) => x.stack === sb.events)!;
  const id = (c: { node: { defaultChild?: unknown } }) =>
    sb.events.getLogicalId(c.node.defaultChild as never);
  ids = {
    publisher: id(sb.events.publisher),
    outboxDlq: id(sb.events.outboxDlq),
    eventsDlq: id(sb.events.eventsDlq),
  };
  subscriberIds = new Map([...sb.events.subscribers].map(([name, fn]) => [name, id(fn)]));
});

/** EventBridge/Lambda pattern semantics for what our patterns use: nested objects and arrays of literals. */
function matches(pattern: Record<string, unknown>, value: unknown): boolean {
  return Object.entries(pattern).every(([key, p]) => {
    const v = (value as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(p)) return p.includes(v as never);
    return (
      typeof p === 'object' &&
      p !== null &&
      typeof v === 'object' &&
      v !== null &&
      matches(p as Record<string, unknown>, v)
    );
  });
}

describe('the outbox publisher', () => {
  it('reads the table stream from the oldest record, retries from the first failed record (or by halves) and sends what it gives up on to a DLQ', () => {
    events.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.publisher },
      EventSourceArn: { 'Fn::ImportValue': Match.stringLikeRegexp('StreamArn') },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: Match.anyValue(),
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.outboxDlq, 'Arn'] } } },
    });
  });

  it('is invoked only for inserted outbox items, exactly as outboxPut writes them', () => {
    const mapping = Object.values(events.findResources('AWS::Lambda::EventSourceMapping'))[0]!;
    const filters = mapping.Properties.FilterCriteria.Filters as { Pattern: string }[];
    expect(filters).toHaveLength(1);
    const pattern = JSON.parse(filters[0]!.Pattern) as Record<string, unknown>;

    const put = outboxPut(CreditTransferred, 'alpina', { amount: 100 }, new Date('2025-01-01T00:00:00Z'));
    const newImage = marshall(put.Put!.Item as Record<string, unknown>);
    const record = (eventName: string, image: Record<string, unknown>) => ({
      eventName,
      dynamodb: { NewImage: image },
    });

    expect(matches(pattern, record('INSERT', newImage))).toBe(true);
    expect(matches(pattern, record('MODIFY', newImage))).toBe(false);
    expect(matches(pattern, record('REMOVE', newImage))).toBe(false);
    expect(
      matches(pattern, record('INSERT', marshall({ pk: 'T#alpina', sk: 'GROUP#1', entity: 'Group' }))),
    ).toBe(false);
  });

  it('may put events on the bus and has no table data access', () => {
    const statements = statementsOfRole(t, roleOf(t.resources[ids.publisher]!));
    const actions = statements.flatMap((s) => asArray(s.Action));
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'events:PutEvents',
        Resource: { 'Fn::ImportValue': expect.stringMatching(/BusE.*Arn/) },
      }),
    );
    for (const a of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'])
      expect(actions).not.toContain(a);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator']));
  });
});

describe('subscribers', () => {
  it('get one function per subscription of the registry', () => {
    const { sb } = buildSwitchboard({ stage: 'real' });
    expect([...sb.events.subscribers.keys()].sort()).toEqual(subscriptions.map((s) => s.name).sort());
  });

  it('that send SMS may publish to phone numbers but not to topics; only those', () => {
    const statementsOf = (name: string) =>
      statementsOfRole(t, roleOf(t.resources[subscriberIds.get(name)!]!));
    const sms = statementsOf('notify-everyone');
    // Merged with X-Ray's "*" statement by policy minimization.
    expect(sms).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Action: expect.arrayContaining(['sns:Publish']),
        Resource: '*',
      }),
    );
    expect(sms).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sns:Publish',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*']] },
      }),
    );
    expect(statementsOf('notify-money').flatMap((s) => asArray(s.Action))).not.toContain('sns:Publish');
  });

  it('that send e-mail may send from the stage sender (address or domain identity) and know it', () => {
    const fn = t.resources[subscriberIds.get('notify-everyone')!]!;
    const ses = statementsOfRole(t, roleOf(fn)).find((s) => asArray(s.Action).includes('ses:SendEmail'))!;
    const identities = asArray(ses.Resource).map((r) => JSON.stringify(r));
    expect(identities).toHaveLength(2);
    expect(identities[0]).toMatch(/:ses:.*:identity\/billing@example\.com"/);
    expect(identities[1]).toMatch(/:ses:.*:identity\/example\.com"/);
    expect(fn.Properties.Environment.Variables.NOTIFY_EMAIL_FROM).toBe('billing@example.com');
  });

  it('that send e-mail without a configured sender get no SES permission and a synth warning', () => {
    const { sb } = buildSwitchboard({ stage: 'nosender', subscriptions: testSubscriptions });
    const fn = sb.events.subscribers.get('notify-everyone')!;
    const warnings = fn.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
    expect(warnings.join('\n')).toMatch(/notifyEmailFrom/);
    expect(JSON.stringify(Template.fromStack(sb.events).toJSON())).not.toMatch(/ses:SendEmail/);
  });

  it('get one rule per source and major version, matching exactly that source, its detail-types and major', () => {
    const rules = Object.values(events.findResources('AWS::Events::Rule'));
    const major1 = { metadata: { version: [{ prefix: '1.' }, 1] } };
    expect(rules.map((r) => r.Properties.EventPattern)).toEqual(
      expect.arrayContaining([
        {
          source: ['switchboard.money'],
          'detail-type': ['CreditTransferred', 'TopUpReceived'],
          detail: major1,
        },
        { source: ['switchboard.groups'], 'detail-type': ['MemberJoined'], detail: major1 },
      ]),
    );
    expect(rules).toHaveLength(3);
    for (const rule of rules)
      expect(rule.Properties.EventBusName).toEqual({ 'Fn::ImportValue': expect.stringMatching(/RefBus/) });
  });

  it('of a new major published alongside the old get their own rule; one subscriber reads one major', () => {
    const CreditTransferredV2 = defineEvent({ ...CreditTransferred, version: '2.0' });
    const { sb } = buildSwitchboard({
      stage: 'migration',
      subscriptions: [
        { name: 'reads-v1', handler: 'functions/publishing/publish-outbox', events: [CreditTransferred] },
        { name: 'reads-v2', handler: 'functions/publishing/publish-outbox', events: [CreditTransferredV2] },
      ],
    });
    const patterns = Object.values(Template.fromStack(sb.events).findResources('AWS::Events::Rule')).map(
      (r) => r.Properties.EventPattern.detail,
    );
    expect(patterns).toEqual(
      expect.arrayContaining([
        { metadata: { version: [{ prefix: '1.' }, 1] } },
        { metadata: { version: [{ prefix: '2.' }, 2] } },
      ]),
    );
    expect(() =>
      buildSwitchboard({
        stage: 'both',
        subscriptions: [
          {
            name: 'reads-both',
            handler: 'functions/publishing/publish-outbox',
            events: [CreditTransferred, CreditTransferredV2],
          },
        ],
      }),
    ).toThrow(/lists switchboard.money\/CreditTransferred twice/);
  });

  it('deliver with a retry policy and a dead-letter queue, and failed invocations end in the same DLQ', () => {
    events.hasResourceProperties('AWS::Events::Rule', {
      Targets: [
        Match.objectLike({
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ids.eventsDlq, 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: Match.anyValue(), MaximumEventAgeInSeconds: Match.anyValue() },
        }),
      ],
    });
    events.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.eventsDlq, 'Arn'] } } },
    });
  });
});

describe('dead-letter queues', () => {
  it('are encrypted and refuse requests without TLS', () => {
    for (const id of [ids.outboxDlq, ids.eventsDlq]) {
      expect(t.resources[id]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
    }
    const policies = Object.values(events.findResources('AWS::SQS::QueuePolicy'));
    for (const id of [ids.outboxDlq, ids.eventsDlq]) {
      const policy = policies.find(
        (p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([{ Ref: id }]),
      )!;
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('each have an alarm on the first visible message, and the stream lag has one too', () => {
    for (const id of [ids.outboxDlq, ids.eventsDlq]) {
      events.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
    events.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids.publisher } }],
    });
  });
});
