/**
 * How long each kind of function may run, in seconds: the one place the function construct, the
 * stacks and the local runtime read it from (the local Lambda context counts down from these, so
 * an idempotency record of an interrupted command expires as it would on AWS). No CDK import here:
 * the local runtime loads this file.
 */
export const FUNCTION_TIMEOUT_SECONDS = {
  /** Every function unless its stack says otherwise; API handlers answer well within API Gateway's 30 s. */
  default: 10,
  /** The table stream publisher and the event-bus subscribers. */
  events: 30,
  /** SQS queue consumers (a batch of up to 10 messages); their queues' visibility timeout is six times this. */
  queue: 30,
  /**
   * The targets of schedules (Lambda's maximum). A bill run's start collects a tenant's whole group
   * index and queues one message per group: for 100,000 groups about 2,000 collect transactions and
   * 10,000 SendMessageBatch calls, minutes of work. It is resumable, so a start cut short by the
   * timeout carries on where it stopped when Lambda retries it.
   */
  schedule: 900,
  /** The dispatcher of the schedules: lists the tenants and puts the due runs on the bus. */
  dispatcher: 60,
} as const;
