import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DUNNING_TASKS } from '../../functions/dunning/manifest.ts';
import { subscriptions } from '../../functions/registry.ts';
import type { Switchboard } from '../../infra/stacks/switchboard.ts';
import {
  allTemplates,
  asArray,
  buildSwitchboard,
  type NamedTemplate,
  resourcesOfType,
  roleOf,
  statementsOfRole,
} from './support.ts';

/**
 * The dunning workflow on AWS: a standard state machine in JSONPath whose every task retries and
 * ends in a recorded failure, its alarms, its task functions, and the permission to start and wake
 * it given only to the subscribers that declare `uses: ['dunning-workflow']`.
 */
let sb: Switchboard;
let workflows: Template;
let templates: NamedTemplate[];
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON and the definition, navigated freely.
let definition: { States: Record<string, any> };
let machineId: string;

/** The definition string with its intrinsics replaced by their logical ids. */
function definitionOf(joined: unknown): string {
  const v = joined as { 'Fn::Join': [string, unknown[]] };
  return v['Fn::Join'][1]
    .map((p) => {
      if (typeof p === 'string') return p;
      const x = p as { 'Fn::GetAtt'?: string[]; Ref?: string };
      return `<${x['Fn::GetAtt']?.[0] ?? x.Ref}>`;
    })
    .join('');
}

beforeAll(() => {
  ({ sb } = buildSwitchboard());
  workflows = Template.fromStack(sb.workflows);
  templates = allTemplates(sb);
  const [[id, machine]] = Object.entries(workflows.findResources('AWS::StepFunctions::StateMachine')) as [
    [string, { Properties: Record<string, unknown> }],
  ];
  machineId = id;
  definition = JSON.parse(definitionOf(machine.Properties.DefinitionString));
});

describe('the dunning state machine', () => {
  it('is a standard workflow named per stage, traced, logging every event without execution data', () => {
    workflows.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'switchboard-dev-dunning',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
  });

  it('is JSONPath: no state uses JSONata (the local runner would ignore it)', () => {
    expect(JSON.stringify(definition)).not.toMatch(/QueryLanguage|JSONata|Arguments|\{%/);
  });

  it('retries every task on TaskRetryable and catches everything else into the recorded failure', () => {
    const tasks = Object.entries(definition.States).filter(([, s]) => s.Type === 'Task');
    expect(tasks.length).toBeGreaterThanOrEqual(14);
    for (const [name, state] of tasks) {
      if (name === 'Record the failure') {
        expect(state.Next).toBe('Dunning failed');
        continue;
      }
      expect(
        state.Retry.flatMap((r: { ErrorEquals: string[] }) => r.ErrorEquals),
        name,
      ).toContain('TaskRetryable');
      const all = state.Catch.find((c: { ErrorEquals: string[] }) => c.ErrorEquals.includes('States.ALL'));
      expect(all, name).toMatchObject({ Next: 'Record the failure', ResultPath: '$.failure' });
    }
    expect(definition.States['Dunning failed'].Type).toBe('Fail');
  });

  it('waits for a payment or a proof with a task token, bounded by a timeout it reads from its input', () => {
    for (const name of ['Wait for a payment or a proof', 'Wait for a confirmation']) {
      const s = definition.States[name];
      expect(s.Resource).toMatch(/lambda:invoke\.waitForTaskToken$/);
      expect(s.Parameters.Payload['taskToken.$']).toBe('$$.Task.Token');
      expect(s.TimeoutSecondsPath).toBe('$.Payload.timeoutSeconds');
      expect(s.Parameters.Payload['timeoutSeconds.$']).toBe('$.Payload.timeoutSeconds');
      // Timed out, or superseded by an outcome recorded before the wait: look again.
      const again = s.Catch.find((c: { ErrorEquals: string[] }) => c.ErrorEquals.includes('States.Timeout'));
      expect(again.ErrorEquals).toContain('TaskSuperseded');
    }
  });

  it('has one function per task, each reachable from the definition', () => {
    const text = JSON.stringify(definition);
    for (const task of DUNNING_TASKS) {
      const fn = sb.workflows.tasks.get(`dunning-${task}`);
      expect(fn, task).toBeDefined();
      expect(text).toContain(`<${sb.workflows.getLogicalId(fn!.node.defaultChild as never)}>`);
    }
  });

  it('raises an alarm on failed, timed-out and aborted executions', () => {
    for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted']) {
      workflows.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metric,
        Namespace: 'AWS/States',
        Threshold: 1,
      });
    }
  });
});

describe('starting and waking it', () => {
  it('is allowed to exactly the subscribers that declare the workflow, on this state machine only', () => {
    const users = subscriptions.filter((s) => s.uses?.includes('dunning-workflow')).map((s) => s.name);
    expect(users.sort()).toEqual([
      'start-dunning',
      'wake-dunning-on-outcome',
      'wake-dunning-on-payment',
      'wake-dunning-on-void',
    ]);
    const events = templates.find((t) => t.stack === sb.events)!;
    for (const s of subscriptions) {
      const [, fn] = resourcesOfType(events, 'AWS::Lambda::Function').find(([, f]) =>
        String(f.Properties.Description).endsWith(` ${s.name}`),
      )!;
      const statements = statementsOfRole(events, roleOf(fn));
      const actions = statements.flatMap((st) => asArray(st.Action));
      if (users.includes(s.name)) {
        expect(actions, s.name).toEqual(
          expect.arrayContaining(['states:StartExecution', 'states:SendTaskSuccess']),
        );
        // On the state machine of the workflows stack (imported by reference), never on "*".
        for (const st of statements.filter((x) => asArray(x.Action).some((a) => a.startsWith('states:')))) {
          expect(JSON.stringify(st.Resource), s.name).toContain(machineId);
        }
        expect(Object.keys(fn.Properties.Environment.Variables)).toContain('DUNNING_STATE_MACHINE_ARN');
      } else {
        expect(
          actions.filter((a) => a.startsWith('states:')),
          s.name,
        ).toEqual([]);
      }
    }
  });

  it('starts from InvoiceIssued and wakes on payments, voids and recorded outcomes', () => {
    const events = Template.fromStack(sb.events);
    events.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['switchboard.invoices'], 'detail-type': ['InvoiceIssued'] },
      Description: 'start-dunning ← switchboard.invoices 1.x: InvoiceIssued',
    });
    const wake = Object.values(events.findResources('AWS::Events::Rule'))
      .map((r) => String((r as { Properties: { Description: string } }).Properties.Description))
      .filter((d) => d.startsWith('wake-dunning'));
    expect(wake.sort()).toEqual([
      'wake-dunning-on-outcome ← switchboard.dunning 1.x: DunningOutcomeRecorded',
      'wake-dunning-on-payment ← switchboard.money 1.x: PaymentReceived',
      'wake-dunning-on-void ← switchboard.invoices 1.x: InvoiceVoided',
    ]);
  });
});
