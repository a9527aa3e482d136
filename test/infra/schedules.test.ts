import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { schedules as registered } from '../../functions/registry.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../../infra/constructs/function-timeouts.ts';
import { DISPATCHER_HANDLER } from '../../infra/stacks/schedules-stack.ts';
import type { Switchboard } from '../../infra/stacks/switchboard.ts';
import { SCHEDULED_RUN_DETAIL_TYPE, SCHEDULED_RUN_SOURCE } from '../../shared/kernel/tenant-schedules.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  resourcesOfType,
  roleOf,
  statementsOfRole,
} from './support.ts';

let sb: Switchboard;
let template: Template;
let t: NamedTemplate;
const id = (c: { node: { defaultChild?: unknown } }) =>
  sb.schedules.getLogicalId(c.node.defaultChild as CfnElement);
let ids: { dispatcher: string; dlq: string; targets: Map<string, string>; rules: Map<string, string> };

beforeAll(() => {
  ({ sb } = buildSwitchboard());
  template = Template.fromStack(sb.schedules);
  t = allTemplates(sb).find((x) => x.stack === sb.schedules)!;
  ids = {
    dispatcher: id(sb.schedules.dispatcher),
    dlq: id(sb.schedules.deadLetters),
    targets: new Map([...sb.schedules.targets].map(([name, fn]) => [name, id(fn)])),
    rules: new Map([...sb.schedules.rules].map(([name, rule]) => [name, id(rule)])),
  };
});

/** The bus's ARN as this stack imports it from the data stack. */
const busArn = () => {
  const outputs = Template.fromStack(sb.data).toJSON().Outputs as Record<
    string,
    { Value: unknown; Export: { Name: string } }
  >;
  const out = Object.values(outputs).find(
    (o) =>
      o.Export?.Name.includes(':ExportsOutput') &&
      JSON.stringify(o.Value) ===
        JSON.stringify({
          'Fn::GetAtt': [sb.data.getLogicalId(sb.data.bus.node.defaultChild as CfnElement), 'Arn'],
        }),
  )!;
  return { 'Fn::ImportValue': out.Export.Name };
};

describe('the tick', () => {
  it('is one EventBridge Scheduler schedule every 15 minutes on the quarter, in UTC, with no flexible window', () => {
    const schedules = template.findResources('AWS::Scheduler::Schedule');
    expect(Object.keys(schedules)).toHaveLength(1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0/15 * * * ? *)',
      ScheduleExpressionTimezone: 'Etc/UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
  });

  it('invokes the dispatcher with its scheduled time and the registry’s schedules, retrying, then to the DLQ', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: {
        Arn: { 'Fn::GetAtt': [ids.dispatcher, 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ids.dlq, 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: Match.anyValue(), MaximumEventAgeInSeconds: 3600 },
        Input: JSON.stringify({
          scheduledTime: '<aws.scheduler.scheduled-time>',
          schedules: registered.map(({ name, cron, perTenantTimeZone }) => ({
            name,
            cron,
            perTenantTimeZone,
          })),
        }),
      },
    });
    expect(t.resources[ids.dispatcher]!.Properties.Handler).toBe('index.handler');
    expect(sb.schedules.dispatcher.node.path).toContain('RunTenantSchedules');
    expect(DISPATCHER_HANDLER).toBe('functions/system/run-tenant-schedules');
  });

  it('runs under a role that may invoke the dispatcher (and its qualifiers) and send to the DLQ, nothing else', () => {
    const [roleId, role] = resourcesOfType(t, 'AWS::IAM::Role').find(([, r]) =>
      JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    )!;
    expect(JSON.stringify(role.Properties.AssumeRolePolicyDocument)).toContain('aws:SourceAccount');
    const statements = statementsOfRole(t, roleId);
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: 'lambda:InvokeFunction',
          Resource: [
            { 'Fn::GetAtt': [ids.dispatcher, 'Arn'] },
            { 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.dispatcher, 'Arn'] }, ':*']] },
          ],
        }),
        expect.objectContaining({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [ids.dlq, 'Arn'] } }),
      ]),
    );
    expect(statements).toHaveLength(2);
  });
});

describe('the dispatcher', () => {
  it('reads the table (the tenants’ list) and may put only scheduled runs on the stage bus: no domain events, no invoke', () => {
    const statements = statementsOfRole(t, roleOf(t.resources[ids.dispatcher]!));
    const actions = statements.flatMap((s) => asArray(s.Action));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'events:PutEvents']));
    for (const write of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Scan', 'lambda:InvokeFunction'])
      expect(actions).not.toContain(write);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: roleOf(t.resources[ids.dispatcher]!) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: 'events:PutEvents',
            Resource: busArn(),
            Condition: {
              StringEquals: {
                'events:source': SCHEDULED_RUN_SOURCE,
                'events:detail-type': SCHEDULED_RUN_DETAIL_TYPE,
              },
            },
          },
        ]),
      },
    });
    expect(statements.filter((s) => asArray(s.Action).includes('events:PutEvents'))).toHaveLength(1);
  });

  it('has a minute to do it, and a failed tick is retried, then dead-lettered', () => {
    expect(t.resources[ids.dispatcher]!.Properties.Timeout).toBe(FUNCTION_TIMEOUT_SECONDS.dispatcher);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: ids.dispatcher },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.dlq, 'Arn'] } } },
    });
  });
});

describe('the schedules’ functions', () => {
  it('are one per schedule of the registry, each with the schedule timeout', () => {
    expect([...ids.targets.keys()].sort()).toEqual(registered.map((s) => s.name).sort());
    for (const [name, fnId] of ids.targets) {
      expect(t.resources[fnId]!.Properties.Timeout, name).toBe(FUNCTION_TIMEOUT_SECONDS.schedule);
    }
  });

  it('are each started by their own rule: scheduled runs of that schedule only, the run as the input', () => {
    for (const schedule of registered) {
      const fnId = ids.targets.get(schedule.name)!;
      template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: {
          source: [SCHEDULED_RUN_SOURCE],
          'detail-type': [SCHEDULED_RUN_DETAIL_TYPE],
          detail: { schedule: [schedule.name] },
        },
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
            InputPath: '$.detail',
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ids.dlq, 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
          }),
        ],
      });
    }
  });

  it('may be invoked by EventBridge from their own rule only', () => {
    for (const [name, fnId] of ids.targets) {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [ids.rules.get(name)!, 'Arn'] },
      });
    }
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission'));
    expect(permissions).toHaveLength(ids.targets.size);
  });

  it('fail the synth when a schedule cannot be dispatched, naming it', () => {
    const [one] = registered;
    expect(() =>
      buildSwitchboard({ stage: 'badcron', schedules: [{ ...one!, cron: '61 * * * *' }] }),
    ).toThrow(new RegExp(`schedule "${one!.name}": cron`));
    expect(() => buildSwitchboard({ stage: 'twice', schedules: [one!, one!] })).toThrow(/listed twice/);
  });
});

describe('failures', () => {
  it('end in one encrypted, TLS-only dead-letter queue with an alarm on its first message', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ids.dlq, 'QueueName'] } }],
      Threshold: 1,
    });
  });
});
