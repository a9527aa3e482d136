import type { EventContract } from '#events/contract.ts';
import type { RouteDefinition } from '#shared/handlers/route.ts';

/**
 * Stage resources a function reads or writes besides the table and the bus. Each one declared gives
 * the function its address in the environment and exactly the actions it needs on that resource,
 * nothing else (`infra/constructs/uses.ts`):
 * - `invoice-files`: the invoice documents bucket (`INVOICE_BUCKET`; `s3:GetObject`, `s3:PutObject`);
 * - `invoicing-queue`: the bill run's work queue, the registry's queue `invoicing`
 *   (`INVOICING_QUEUE_URL`; `sqs:SendMessage`);
 * - `dunning-workflow`: the dunning state machine (`DUNNING_STATE_MACHINE_ARN`;
 *   `states:StartExecution`, `states:SendTaskSuccess`);
 * - `proof-files`: the payment-proof documents, in the invoice documents bucket under `proofs/`
 *   (`INVOICE_BUCKET`; `s3:GetObject`, `s3:PutObject` on that prefix: the presigned upload and the look at it).
 * Locally neither is set and the local adapters stand in (the data folder, the in-process queue).
 */
export type StageResource = 'invoice-files' | 'invoicing-queue' | 'dunning-workflow' | 'proof-files';

declare module '#shared/handlers/route.ts' {
  // The deployment's part of a route lives here, with the rest of what an area deploys; the route
  // definition itself describes the HTTP contract.
  interface RouteDefinition<TBody, TQuery, TParams> {
    /** Stage resources its function uses (see `StageResource`). */
    uses?: readonly StageResource[];
    /** Channels its function notifies on, as a subscription's `sends` (SNS SMS, SES e-mail). */
    sends?: readonly ('sms' | 'email')[];
    /**
     * Sets passwords in the stage's user pool and signs users out (password recovery):
     * `cognito-idp:AdminSetUserPassword` and `AdminUserGlobalSignOut` on that pool, nothing else.
     */
    setsPasswords?: boolean;
    /**
     * Gives a subscriber new credentials in the stage's user pool (customer care's password reset):
     * `cognito-idp:AdminCreateUser`, `AdminSetUserPassword`, `AdminEnableUser` and
     * `AdminUserGlobalSignOut` on that pool, as the provisioning subscribers have, nothing else.
     */
    provisionsUsers?: boolean;
    /**
     * Creates and deletes the app clients of partner machines in the stage's user pool:
     * `cognito-idp:CreateUserPoolClient` and `DeleteUserPoolClient` on that pool, nothing else.
     */
    managesMachineClients?: boolean;
  }
}

/**
 * What one area of the product deploys: its HTTP routes, its event subscribers, its scheduled
 * jobs, its stream consumers and its queue consumers. Each area's `functions/<area>/manifest.ts`
 * lists its own; `functions/registry.ts` gathers them, and both the CDK stacks and the local
 * runtime build every function from there, so nothing is listed twice.
 */
export interface AreaManifest {
  area: string;
  routes: readonly RouteDefinition[];
  subscriptions?: readonly Subscription[];
  schedules?: readonly Schedule[];
  streams?: readonly StreamConsumer[];
  queues?: readonly QueueConsumerEntry[];
  workflows?: readonly WorkflowEntry[];
}

/**
 * A Step Functions state machine and its tasks. Its states are defined in CDK
 * (`infra/constructs/<name>-workflow.ts`), each Task state invoking one of `tasks`; the local
 * runtime runs the definition CDK synthesizes (`infra/local/workflows.ts`), each Task state's
 * function replaced by the task's handler in process.
 */
export interface WorkflowEntry {
  /** Unique, kebab-case: names the state machine, e.g. `dunning`. */
  name: string;
  tasks: readonly WorkflowTaskEntry[];
}

/** One task function of a workflow: a Lambda handler built with `taskHandler`. */
export interface WorkflowTaskEntry {
  /** Unique in the workflow, kebab-case, e.g. `remind`; the function is `<workflow>-<name>`. */
  name: string;
  /** Handler module from the repo root, without extension. */
  handler: string;
}

/** One consumer of domain events: a Lambda handler and the event contracts it receives. */
export interface Subscription {
  /** Unique, kebab-case: names the function and its rules, e.g. `notify-credit-transferred`. */
  name: string;
  /** Handler module from the repo root, without extension, e.g. `functions/money/on-credit-transferred`. */
  handler: string;
  /** The contracts it receives (matched on `source` and `detail-type`). */
  events: EventContract[];
  /**
   * Channels it notifies on through `shared/notifications`: `sms` allows SNS SMS to phone numbers
   * (never topics), `email` allows SES sending from the stage's sender (`-c notifyEmailFrom=...`).
   */
  sends?: readonly ('sms' | 'email')[];
  /** Stage resources it uses (see `StageResource`). */
  uses?: readonly StageResource[];
  /** Manages the stage's user pool (creates, resets, disables and signs out users: sign-in's provisioning). */
  managesUsers?: boolean;
}

/**
 * A scheduled job. On AWS each entry becomes one function; one schedule every 15 minutes (UTC)
 * runs a dispatcher that starts each job for each tenant whose time came in the last quarter of an
 * hour (in the tenant's time zone when `perTenantTimeZone`; `infra/stacks/schedules-stack.ts`,
 * `shared/kernel/tenant-schedules.ts`); locally `infra/local/scheduler.ts` runs the same entries
 * with croner. The target handler receives a `ScheduledEvent` (`scheduledHandler`).
 */
export interface Schedule {
  name: string;
  /** Five-field cron in the schedule's time zone, e.g. `0 0 1 * *` (midnight on the 1st). */
  cron: string;
  /** Run at `cron` in each tenant's own time zone (otherwise UTC). */
  perTenantTimeZone: boolean;
  /** Handler module, from the repo root, without extension. */
  handler: string;
  /** Stage resources it uses (see `StageResource`). */
  uses?: readonly StageResource[];
}

/** A consumer of the table's stream (the transactional outbox's publisher). */
export interface StreamConsumer {
  name: string;
  handler: string;
}

/**
 * An SQS queue and its consumer. On AWS each entry becomes a queue (with its dead-letter queue and
 * alarms), a function and its event source mapping with partial batch failures, and the queue's URL
 * and ARN exported for the producers (`infra/constructs/queue-consumer.ts`); locally
 * `infra/local/queue.ts` runs the same entry in process. The handler module exports a `handler`
 * built with `queueHandler` (`shared/handlers/queue-handler.ts`), under the entry's name.
 *
 * The function's timeout is `timeoutSeconds` (default `FUNCTION_TIMEOUT_SECONDS.queue`) and the
 * queue's visibility timeout six times that (`infra/constructs/queue-settings.ts`, read by CDK and the local runtime).
 */
export interface QueueConsumerEntry {
  /**
   * Unique, kebab-case, at most 40 characters: names the queue (`<stage prefix>-<name>`), its
   * dead-letter queue and its function, e.g. `usage-records`.
   */
  name: string;
  /** Handler module from the repo root, without extension, e.g. `functions/usage/on-usage-records`. */
  handler: string;
  /** Messages per invocation, 1–10; default 10. */
  batchSize?: number;
  /** Receives of a message before the queue moves it to its dead-letter queue, 1–1000; default 5. */
  maxReceiveCount?: number;
  /** At most this many concurrent invocations (event source mapping `MaximumConcurrency`, 2–1000); default: unbounded. */
  maxConcurrency?: number;
  /** Who sends to the queue and what, for the exported outputs and the reader, e.g. `network mediation: rated-usage batches`. */
  producers?: string;
  /**
   * The consumer function's timeout, 1–900 s; default `FUNCTION_TIMEOUT_SECONDS.queue` (30 s). The
   * queue's visibility timeout stays six times it, so a longer timeout also delays a failed
   * message's next delivery.
   */
  timeoutSeconds?: number;
  /** Stage resources it uses (see `StageResource`); its own queue included, when it sends to it. */
  uses?: readonly StageResource[];
}

const isRoute = (v: unknown): v is RouteDefinition =>
  typeof v === 'object' && v !== null && 'operationId' in v && 'handler' in v && 'method' in v;

/** Every route definition a `routes.ts` module exports, in declaration order. */
export const routesOf = (module: Record<string, unknown>): RouteDefinition[] =>
  Object.values(module).filter(isRoute);
