import type { Context } from 'aws-lambda';
import type * as z from 'zod';
import type { Actor, SystemSubject } from '../kernel/actor.ts';
import { DomainError, InvalidInput } from '../kernel/errors.ts';
import { logger } from '../kernel/observability.ts';
import { countMetric, observed, useOperationDimension, wellFormedCorrelationId } from './middleware.ts';
import { loadSystemActor } from './system-actor.ts';
import { issuesFromZod } from './validation.ts';

/**
 * The error names a state machine matches in `Retry` and `Catch` (Lambda reports `error.name` as
 * the task's error): retry `TaskRetryable` with backoff, catch `TaskRejected` where the workflow
 * has a path for a refusal, and let `States.ALL` catch the rest.
 */
export const TASK_ERRORS = {
  /** Retrying cannot help: the input is invalid, a business rule refused, something does not exist. */
  rejected: 'TaskRejected',
  /** Anything else (a dependency down, a concurrent write, a bug): the same input may succeed later. */
  retryable: 'TaskRetryable',
  /** What the step waits for already happened (`Superseded`): the workflow catches it and goes on. */
  superseded: 'TaskSuperseded',
} as const;

/** Domain errors that the same input would meet again. Conflicts and rate limits may pass later. */
const FINAL_KINDS = new Set(['invalid-input', 'rule-violation', 'not-found', 'forbidden', 'unauthenticated']);

export class TaskError extends Error {
  constructor(
    override readonly name: (typeof TASK_ERRORS)[keyof typeof TASK_ERRORS],
    message: string,
    /** The domain error's kind (`rule-violation`, …) or `internal`. */
    readonly kind: string,
  ) {
    super(message);
  }
}

/** The one mapping from any error to a task error. The message of a domain error is kept as it is. */
export function toTaskError(error: unknown): TaskError {
  if (error instanceof TaskError) return error;
  if (error instanceof DomainError) {
    if (error.kind === 'superseded') return new TaskError(TASK_ERRORS.superseded, error.message, error.kind);
    const name = FINAL_KINDS.has(error.kind) ? TASK_ERRORS.rejected : TASK_ERRORS.retryable;
    return new TaskError(name, error.message, error.kind);
  }
  return new TaskError(
    TASK_ERRORS.retryable,
    (error as Error | undefined)?.message ?? String(error),
    'internal',
  );
}

/** Every task input names its tenant. */
export type TaskInputSchema = z.ZodType<{ tenantId: string }>;

export interface WorkflowTask<S extends TaskInputSchema> {
  /** The task's name: the metrics' operation dimension. */
  name: string;
  /** The task's input, without `correlationId` (the factory takes it off before validating). */
  schema: S;
  actor: SystemSubject;
}

export type TaskImpl<S extends TaskInputSchema, R> = (input: z.output<S>, actor: Actor) => Promise<R>;

/** The state's `correlationId`: the workflow's executions carry it from their start input. */
function correlationIdOf(event: unknown, context: Context): string {
  return (
    wellFormedCorrelationId((event as { correlationId?: unknown } | null)?.correlationId) ??
    context.awsRequestId
  );
}

/**
 * Builds the Lambda handler of a Step Functions task (`lambda:invoke`, the state's input as the
 * payload): the input validated, log keys (the execution's correlation id, tenant id, task),
 * metrics, a system actor of the tenant; the result is the task's output. Every failure is logged
 * and thrown as a `TaskError` named from `TASK_ERRORS`, so the state machine retries what may
 * succeed later and catches what never will. Tasks are not deduplicated here: Step Functions runs a
 * task again only on the state machine's own `Retry`, and the use case must tolerate that.
 */
export function taskHandler<S extends TaskInputSchema, R = unknown>(
  task: WorkflowTask<S>,
  impl: TaskImpl<S, R>,
) {
  useOperationDimension(task.name);

  const core = async (event: unknown, context: Context): Promise<R> => {
    const { correlationId: _, ...input } = (event ?? {}) as Record<string, unknown>;
    const parsed = task.schema.safeParse(input);
    if (!parsed.success) throw new InvalidInput(issuesFromZod(parsed.error, 'input'));
    const actor = await loadSystemActor(parsed.data.tenantId, task.actor, correlationIdOf(event, context));
    const result = await impl(parsed.data, actor);
    countMetric('TaskSucceeded');
    return result;
  };

  return observed(core, (event, context) => {
    const tenantId = (event as { tenantId?: unknown } | null)?.tenantId;
    return {
      correlation_id: correlationIdOf(event, context),
      tenant_id: typeof tenantId === 'string' ? tenantId : undefined,
      task: task.name,
    };
  }).use({
    onError: (request) => {
      const error = toTaskError(request.error);
      if (error.name === TASK_ERRORS.superseded) {
        countMetric('TaskSuperseded');
        logger.info('task superseded', { detail: error.message });
      } else if (error.name === TASK_ERRORS.rejected) {
        countMetric('TaskRejected');
        logger.warn('task rejected', { kind: error.kind, detail: error.message });
      } else {
        countMetric('TaskFailed');
        logger.error('task failed', { error: request.error as Error });
      }
      request.error = error;
    },
  });
}
