import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JsonPath,
  LogLevel,
  Pass,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { DunningTask } from '../../functions/dunning/manifest.ts';
import { TASK_ERRORS } from '../../shared/handlers/task-handler.ts';

export interface DunningWorkflowProps {
  /** The task functions, by the task names of `functions/dunning/manifest.ts`. */
  tasks: ReadonlyMap<DunningTask, IFunction>;
  /** The state machine's name (its ARN is then known to the functions that start and wake it). */
  stateMachineName: string;
  stage: string;
  /** Keep the execution logs (production) or let them go with the stack. */
  retain: boolean;
}

/** The state names of the dunning workflow that run a task, with the task each one runs. */
export const DUNNING_STATES = {
  'Open the dunning': 'open',
  'Check before the reminder': 'check-step',
  'Send the reminder': 'remind',
  'Check before suspending': 'check-step',
  Suspend: 'suspend',
  'Check the suspension': 'check-suspended',
  'Wait for a payment or a proof': 'await',
  Reactivate: 'reactivate',
  'Reactivate provisionally': 'reactivate-provisionally',
  'Check the provisional reactivation': 'check-provisional',
  'Wait for a confirmation': 'await',
  'Confirm the reactivation': 'reactivate',
  'Suspend again': 'suspend',
  'Hand to collections': 'collections',
  'Close the dunning': 'close',
  'Record the failure': 'record-failure',
} as const satisfies Record<string, DunningTask>;
export type DunningState = keyof typeof DUNNING_STATES;

/** The state names of the waits (Wait states), for the tests' and the local runner's overrides. */
export const DUNNING_WAITS = ['Until the reminder', 'Until the suspension'] as const;

/**
 * The dunning of one unpaid invoice (document 002), a standard workflow in JSONPath:
 *
 *     Open → (resume at the recorded stage)
 *     scheduled: until the reminder → paid? → reminder
 *     reminded:  until the suspension → paid? → suspend
 *     suspended: paid / proof accepted → reactivate (fee) · proof sent (tenant policy) →
 *                reactivate provisionally · deadline → collections · else wait for a payment or a
 *                proof (task token, woken by `wake-dunning`) and look again
 *     provisional: paid / proof accepted → confirm (fee) · rejected or lapsed → suspend again
 *     voided at any point → close
 *
 * Every task retries what may pass later (`TaskRetryable`, Lambda's own errors) with backoff; what
 * still fails is kept on the dunning (`Record the failure`) and fails the execution, which raises
 * the failed-executions alarm. Waits never last more than a week (`MAX_WAIT_SECONDS`): longer
 * deadlines loop, so a long wait never rests on one timer.
 */
export class DunningWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly failedAlarm: Alarm;

  constructor(scope: Construct, id: string, props: DunningWorkflowProps) {
    super(scope, id);
    const fn = (task: DunningTask) => {
      const f = props.tasks.get(task);
      if (!f) throw new Error(`the dunning workflow has no function for task "${task}"`);
      return f;
    };
    const common = {
      'tenantId.$': '$.tenantId',
      'invoiceId.$': '$.invoiceId',
      'correlationId.$': '$.correlationId',
    };

    const recordFailure = new LambdaInvoke(this, 'Record the failure', {
      lambdaFunction: fn(DUNNING_STATES['Record the failure']),
      payload: TaskInput.fromObject({
        ...common,
        'error.$': '$.failure.Error',
        'cause.$': '$.failure.Cause',
      }),
      payloadResponseOnly: true,
      resultPath: JsonPath.DISCARD,
    });
    recordFailure.addRetry({
      errors: ['States.ALL'],
      interval: Duration.seconds(5),
      maxAttempts: 6,
      backoffRate: 2,
    });
    const failed = new Fail(this, 'Dunning failed', {
      comment: 'A task failed for good; the failure is kept on the dunning, the stage unchanged.',
      errorPath: '$.failure.Error',
      causePath: '$.failure.Cause',
    });
    recordFailure.next(failed);

    const task = (
      state: DunningState,
      resultPath: string,
      extra: Record<string, unknown> = {},
    ): LambdaInvoke => {
      const t = new LambdaInvoke(this, state, {
        lambdaFunction: fn(DUNNING_STATES[state]),
        payload: TaskInput.fromObject({ ...common, ...extra }),
        payloadResponseOnly: true,
        resultPath,
        // Twice the function's timeout: a task never hangs the workflow.
        taskTimeout: Timeout.duration(Duration.seconds(60)),
      });
      t.addRetry({
        errors: [TASK_ERRORS.retryable],
        interval: Duration.seconds(2),
        maxAttempts: 6,
        backoffRate: 2,
        maxDelay: Duration.minutes(5),
      });
      t.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });
      return t;
    };

    const done = new Succeed(this, 'Done');

    // ----- open and resume ----------------------------------------------------------------------
    const open = task('Open the dunning', '$.dunning');

    // ----- the reminder -------------------------------------------------------------------------
    const untilReminder = new Wait(this, 'Until the reminder', {
      time: WaitTime.timestampPath('$.dunning.wakeAt'),
    });
    // A check answers `{ next, wakeAt? }` where the open task answered: "not yet" waits again until `wakeAt`.
    const checkReminder = task('Check before the reminder', '$.dunning', { step: 'remind' });
    const remind = task('Send the reminder', '$.dunning');

    // ----- the suspension -----------------------------------------------------------------------
    const untilSuspension = new Wait(this, 'Until the suspension', {
      time: WaitTime.timestampPath('$.dunning.wakeAt'),
    });
    const checkSuspension = task('Check before suspending', '$.dunning', { step: 'suspend' });
    const suspend = task('Suspend', JsonPath.DISCARD, { cause: 'grace-over' });

    // ----- suspended: wait for a payment or a proof --------------------------------------------
    const checkSuspended = task('Check the suspension', '$.settlement');
    const { timed: timeOutcome, wait: awaitOutcome } = this.waitTask(
      'Wait for a payment or a proof',
      fn(DUNNING_STATES['Wait for a payment or a proof']),
      common,
      '$.settlement.timeoutSeconds',
    );
    const reactivate = task('Reactivate', JsonPath.DISCARD, { 'cause.$': '$.settlement.cause' });
    const provisional = task('Reactivate provisionally', JsonPath.DISCARD);
    const collections = task('Hand to collections', JsonPath.DISCARD);
    const close = task('Close the dunning', JsonPath.DISCARD);

    // ----- provisional: wait for the confirmation ----------------------------------------------
    const checkProvisional = task('Check the provisional reactivation', '$.provisional');
    const { timed: timeConfirmation, wait: awaitConfirmation } = this.waitTask(
      'Wait for a confirmation',
      fn(DUNNING_STATES['Wait for a confirmation']),
      common,
      '$.provisional.timeoutSeconds',
    );
    const confirm = task('Confirm the reactivation', JsonPath.DISCARD, { 'cause.$': '$.provisional.cause' });
    const suspendAgain = task('Suspend again', JsonPath.DISCARD, { 'cause.$': '$.provisional.cause' });

    for (const wait of [awaitOutcome, awaitConfirmation]) {
      wait.addRetry({
        errors: [TASK_ERRORS.retryable],
        interval: Duration.seconds(2),
        maxAttempts: 6,
        backoffRate: 2,
        maxDelay: Duration.minutes(5),
      });
    }
    // The wait ends (woken, timed out, or an outcome was already there): look again.
    awaitOutcome.addCatch(checkSuspended, {
      errors: ['States.Timeout', TASK_ERRORS.superseded],
      resultPath: JsonPath.DISCARD,
    });
    awaitOutcome.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });
    awaitConfirmation.addCatch(checkProvisional, {
      errors: ['States.Timeout', TASK_ERRORS.superseded],
      resultPath: JsonPath.DISCARD,
    });
    awaitConfirmation.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.failure' });

    const definition = open.next(
      new Choice(this, 'Resume at the stage')
        .when(Condition.stringEquals('$.dunning.stage', 'scheduled'), untilReminder)
        .when(Condition.stringEquals('$.dunning.stage', 'reminded'), untilSuspension)
        .when(
          Condition.or(
            Condition.stringEquals('$.dunning.stage', 'suspended'),
            Condition.stringEquals('$.dunning.stage', 'collections'),
          ),
          checkSuspended,
        )
        .when(Condition.stringEquals('$.dunning.stage', 'provisional'), checkProvisional)
        .otherwise(done),
    );

    untilReminder.next(checkReminder);
    checkReminder.next(
      new Choice(this, 'Reminder due?')
        .when(Condition.stringEquals('$.dunning.next', 'end'), done)
        .when(Condition.stringEquals('$.dunning.next', 'wait'), untilReminder)
        .otherwise(remind),
    );
    remind.next(untilSuspension);
    untilSuspension.next(checkSuspension);
    checkSuspension.next(
      new Choice(this, 'Suspension due?')
        .when(Condition.stringEquals('$.dunning.next', 'end'), done)
        .when(Condition.stringEquals('$.dunning.next', 'wait'), untilSuspension)
        .otherwise(suspend),
    );
    suspend.next(checkSuspended);
    checkSuspended.next(
      new Choice(this, 'Settled?')
        .when(Condition.stringEquals('$.settlement.next', 'reactivate'), reactivate)
        .when(Condition.stringEquals('$.settlement.next', 'provisional'), provisional)
        .when(Condition.stringEquals('$.settlement.next', 'collections'), collections)
        .when(Condition.stringEquals('$.settlement.next', 'close'), close)
        .otherwise(timeOutcome),
    );
    awaitOutcome.next(checkSuspended);
    reactivate.next(done);
    collections.next(checkSuspended);
    close.next(done);
    provisional.next(checkProvisional);
    checkProvisional.next(
      new Choice(this, 'Confirmed?')
        .when(Condition.stringEquals('$.provisional.next', 'confirm'), confirm)
        .when(Condition.stringEquals('$.provisional.next', 'revert'), suspendAgain)
        .when(Condition.stringEquals('$.provisional.next', 'close'), close)
        .otherwise(timeConfirmation),
    );
    awaitConfirmation.next(checkProvisional);
    confirm.next(done);
    suspendAgain.next(checkSuspended);

    const logs = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: props.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      comment: `Switchboard ${props.stage}: dunning of an unpaid invoice (reminder, suspension, payment or proof, reactivation)`,
      definitionBody: DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: false },
    });

    Validations.of(this.stateMachine.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords, GetSampling*) and the delivery of execution logs to CloudWatch Logs (logs:CreateLogDelivery and the other log-delivery actions) have no resource-level permissions: Step Functions documents them on "*".',
    });
    // The state machine's role may invoke its task functions, each with its qualifiers (the ':*').
    for (const f of new Set(props.tasks.values())) {
      const child = f.node.defaultChild as CfnElement | undefined;
      if (!child) continue;
      Validations.of(this.stateMachine.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(child)}.Arn>:*]`,
        reason:
          "lambda:InvokeFunction on one of the workflow's own task functions and its qualifiers (versions and aliases, the ':*'); the states invoke the unqualified function.",
      });
    }

    // Never a silent failure: an execution that fails, times out or is aborted raises an alarm.
    const period = { period: Duration.minutes(5), statistic: 'Sum' };
    const alarms = [
      [
        'FailedAlarm',
        this.stateMachine.metricFailed(period),
        "failed: the failure is kept on the invoice's dunning",
      ],
      ['TimedOutAlarm', this.stateMachine.metricTimedOut(period), 'timed out: a dunning lasting past a year'],
      ['AbortedAlarm', this.stateMachine.metricAborted(period), 'were aborted'],
    ] as const;
    const [failedAlarm] = alarms.map(
      ([id, metric, what]) =>
        new Alarm(this, id, {
          alarmDescription: `Dunning executions ${what} (${props.stage})`,
          metric,
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
    );
    this.failedAlarm = failedAlarm!;
  }

  /**
   * A wait that keeps its task token on the dunning and lasts at most the seconds its check
   * answered at `timeoutPath`. The timeout is first copied to `$.Payload.timeoutSeconds`, where
   * it is found both in the state's input and in its `Parameters` (the lambda:invoke `Payload`
   * carries it too): Step Functions reads `TimeoutSecondsPath` from the former, the local runner
   * from the latter.
   */
  private waitTask(
    state: DunningState,
    lambdaFunction: IFunction,
    common: Record<string, string>,
    timeoutPath: string,
  ) {
    const timed = new Pass(this, `Time: ${state}`, {
      parameters: { 'timeoutSeconds.$': timeoutPath },
      resultPath: '$.Payload',
    });
    const wait = new LambdaInvoke(this, state, {
      lambdaFunction,
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({
        ...common,
        taskToken: JsonPath.taskToken,
        'timeoutSeconds.$': '$.Payload.timeoutSeconds',
      }),
      taskTimeout: Timeout.at('$.Payload.timeoutSeconds'),
      resultPath: JsonPath.DISCARD,
    });
    timed.next(wait);
    return { timed, wait };
  }
}
