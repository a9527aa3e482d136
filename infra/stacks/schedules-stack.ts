import { type CfnElement, Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IEventBus, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ContextAttribute,
  ScheduleExpression,
  Schedule as SchedulerSchedule,
  ScheduleTargetInput,
  TimeWindow,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { Schedule } from '../../functions/manifest.ts';
import {
  checkSchedules,
  DISPATCH_INTERVAL_MINUTES,
  SCHEDULED_RUN_DETAIL_TYPE,
  SCHEDULED_RUN_SOURCE,
} from '../../shared/kernel/tenant-schedules.ts';
import { deadLetterAlarm, deadLetterQueue } from '../constructs/dead-letter-queue.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../constructs/function-timeouts.ts';
import { ProjectFunction } from '../constructs/project-function.ts';
import { grantUses, type StageResources } from '../constructs/uses.ts';
import { pascal } from './routes-stack.ts';
import type { StageSettings } from './settings.ts';

/** The dispatcher's handler module. */
export const DISPATCHER_HANDLER = 'functions/system/run-tenant-schedules';

export interface SchedulesStackProps extends StackProps {
  settings: StageSettings;
  table: ITable;
  bus: IEventBus;
  /** The schedules of `functions/registry.ts`. */
  schedules: readonly Schedule[];
  /** What the schedules' functions may declare they use (the bucket, the registry's queues). */
  resources: StageResources;
}

/**
 * The scheduled jobs of every tenant. Tenants are onboarded at run time, so there is no schedule
 * per tenant: one EventBridge Scheduler schedule ticks every 15 minutes on the quarter (UTC, no
 * flexible window) and invokes the dispatcher with the tick's scheduled time and the schedules;
 * the dispatcher lists the tenants and puts on the bus one event per run due since the previous
 * tick in the tenant's time zone (`shared/kernel/tenant-schedules.ts`); one rule per schedule
 * passes that run, `{ tenantId, scheduledTime, schedule }`, to the schedule's own function. Each
 * step retries and ends in the stack's dead-letter queue, which has an alarm.
 */
export class SchedulesStack extends Stack {
  readonly dispatcher: ProjectFunction;
  readonly tick: SchedulerSchedule;
  readonly deadLetters: Queue;
  /** The schedules' functions by schedule name. */
  readonly targets = new Map<string, ProjectFunction>();
  /** The rules that start them, by schedule name. */
  readonly rules = new Map<string, Rule>();

  constructor(scope: Construct, id: string, props: SchedulesStackProps) {
    super(scope, id, props);
    const { settings, table, bus } = props;
    checkSchedules(props.schedules);

    this.deadLetters = deadLetterQueue(this, 'SchedulesDlq', {
      description:
        'Ticks the dispatcher could not handle (replay: invoke it with the message body) and scheduled runs their function could not take after retries (replay: invoke that function with the run)',
    });
    deadLetterAlarm(
      this,
      'SchedulesDlqAlarm',
      this.deadLetters,
      `A tenant schedules tick or a scheduled run failed after retries (${settings.stage})`,
    );
    const asyncFailures = {
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetters),
    };

    this.dispatcher = new ProjectFunction(this, 'RunTenantSchedules', {
      handler: DISPATCHER_HANDLER,
      description: `Every ${DISPATCH_INTERVAL_MINUTES} minutes: the tenants' due scheduled runs onto the bus`,
      table,
      bus,
      // The tenants' list only.
      tableAccess: 'read',
      settings,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.dispatcher),
      functionProps: asyncFailures,
    });
    // Only scheduled runs: it cannot put a domain event on the bus.
    this.dispatcher.addToRolePolicy(
      new PolicyStatement({
        actions: ['events:PutEvents'],
        resources: [bus.eventBusArn],
        conditions: {
          StringEquals: {
            'events:source': SCHEDULED_RUN_SOURCE,
            'events:detail-type': SCHEDULED_RUN_DETAIL_TYPE,
          },
        },
      }),
    );

    // The role EventBridge Scheduler takes to invoke the dispatcher, for schedules of this account only.
    const tickRole = new Role(this, 'TickRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: `EventBridge Scheduler: the tenant schedules tick invokes its dispatcher (${settings.stage})`,
    });
    Validations.of(tickRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(this.dispatcher.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason:
        "lambda:InvokeFunction is granted on the dispatcher and its qualifiers (versions and aliases, the ':*'): one function, no other; the tick invokes the unqualified function.",
    });
    this.tick = new SchedulerSchedule(this, 'TenantSchedulesTick', {
      description: `Runs the tenants' scheduled jobs every ${DISPATCH_INTERVAL_MINUTES} minutes (${settings.stage})`,
      schedule: ScheduleExpression.cron({
        minute: `0/${DISPATCH_INTERVAL_MINUTES}`,
        hour: '*',
        day: '*',
        month: '*',
        year: '*',
        timeZone: TimeZone.ETC_UTC,
      }),
      timeWindow: TimeWindow.off(),
      target: new LambdaInvoke(this.dispatcher, {
        role: tickRole,
        input: ScheduleTargetInput.fromObject({
          scheduledTime: ContextAttribute.scheduledTime,
          schedules: props.schedules.map(({ name, cron, perTenantTimeZone }) => ({
            name,
            cron,
            perTenantTimeZone,
          })),
        }),
        deadLetterQueue: this.deadLetters,
        retryAttempts: 10,
        maxEventAge: Duration.hours(1),
      }),
    });

    for (const schedule of props.schedules) {
      const name = pascal(schedule.name);
      const fn = new ProjectFunction(this, name, {
        handler: schedule.handler,
        description: `Scheduled job ${schedule.name} (${schedule.cron}${schedule.perTenantTimeZone ? ', tenant time zone' : ', UTC'})`,
        table,
        bus,
        // Like the other non-HTTP consumers: idempotency records of the run and the job's own
        // writes (its events go through the outbox).
        tableAccess: 'readwrite',
        settings,
        timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.schedule),
        functionProps: asyncFailures,
      });
      grantUses(fn, `schedule "${schedule.name}"`, schedule.uses, props.resources);
      this.targets.set(schedule.name, fn);
      this.rules.set(
        schedule.name,
        new Rule(this, `${name}Rule`, {
          eventBus: bus,
          description: `Scheduled runs of ${schedule.name} → its function`,
          eventPattern: {
            source: [SCHEDULED_RUN_SOURCE],
            detailType: [SCHEDULED_RUN_DETAIL_TYPE],
            detail: { schedule: [schedule.name] },
          },
          targets: [
            new LambdaFunction(fn, {
              // The run itself is the function's input: `{ tenantId, scheduledTime, schedule }`.
              event: RuleTargetInput.fromEventPath('$.detail'),
              deadLetterQueue: this.deadLetters,
              retryAttempts: 8,
              maxEventAge: Duration.hours(24),
            }),
          ],
        }),
      );
    }
  }
}
