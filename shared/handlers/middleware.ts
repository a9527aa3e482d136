import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger, metrics } from '../kernel/observability.ts';

/**
 * What every handler factory shares (HTTP, event, queue, stream, schedule, workflow task): the
 * Powertools logger with the Lambda context and keys reset after each invocation, metrics flushed
 * after each invocation under the function's operation dimension, and the invocation's log keys
 * (correlation id first) on every line.
 */

const CORRELATION = /^[A-Za-z0-9._:-]{1,128}$/;

/** A correlation id handed over by a caller or an upstream event, if it is well-formed. */
export function wellFormedCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && CORRELATION.test(value) ? value : undefined;
}

let operationDimensionSet = false;

/**
 * One Lambda serves one operation: its metrics carry the operation as a default dimension. (The
 * local server loads every handler into one process, where metrics are disabled: first one wins.)
 */
export function useOperationDimension(operation: string): void {
  if (operationDimensionSet) return;
  metrics.setDefaultDimensions({ operation });
  operationDimensionSet = true;
}

/**
 * The handler `core` wrapped in the shared middleware. `keys` names the invocation's log keys
 * (`correlation_id`, `tenant_id`, …), read from the raw event before anything is parsed, so even a
 * malformed event is logged under its ids.
 */
export function observed<E, R>(
  core: (event: E, context: Context) => Promise<R>,
  keys: (event: E, context: Context) => LogAttributes,
) {
  const logKeys: MiddlewareObj<E, R> = {
    before: (request) => {
      logger.appendKeys(keys(request.event, request.context));
    },
  };
  return middy(core)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(logKeys);
}

export function countMetric(name: string): void {
  metrics.addMetric(name, MetricUnit.Count, 1);
}

/** Runs `fn` with `keys` on every log line, for one record of a batch (records run one at a time). */
export async function withLogKeys<T>(keys: LogAttributes, fn: () => Promise<T>): Promise<T> {
  logger.appendKeys(keys);
  try {
    return await fn();
  } finally {
    logger.removeKeys(Object.keys(keys));
  }
}

/**
 * Logs and counts a failed invocation, then lets the error propagate (the trigger retries it and
 * finally dead-letters it). A duplicate delivery still in flight elsewhere is only a warning.
 */
export function failures<E, R>(metric: string, message: string): MiddlewareObj<E, R> {
  return {
    onError: (request) => {
      logFailure(metric, message, request.error);
    },
  };
}

export function logFailure(metric: string, message: string, error: unknown): void {
  countMetric(metric);
  if ((error as Error | undefined)?.name === 'IdempotencyAlreadyInProgressError') {
    logger.warn(`${message}: the same delivery is still being handled`, { error: error as Error });
  } else {
    logger.error(message, { error: error as Error });
  }
}
