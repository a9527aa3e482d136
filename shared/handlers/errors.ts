import { DomainError, InvalidInput } from '../kernel/errors.ts';
import { logger } from '../kernel/observability.ts';
import { PROBLEM_CONTENT_TYPE, type Problem, problemType } from './problem.ts';

/** The one mapping from domain error to HTTP status. */
const STATUS: Record<string, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'request-in-progress': 409,
  'payload-too-large': 413,
  'rule-violation': 422,
  'too-many-requests': 429,
  'not-configured': 503,
};

const TITLES: Record<string, string> = {
  'invalid-input': 'Invalid input',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'request-in-progress': 'Request in progress',
  'payload-too-large': 'Payload too large',
  'rule-violation': 'Business rule violated',
  'too-many-requests': 'Too many requests',
  'not-configured': 'Not available in this deployment',
  internal: 'Internal error',
};

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

/** A problem that says when to try again (`retryAfterSeconds`) also says it in a `Retry-After` header. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): HttpResponse {
  const retryAfter = problem.retryAfterSeconds;
  return {
    statusCode: problem.status,
    headers: {
      'content-type': PROBLEM_CONTENT_TYPE,
      ...(typeof retryAfter === 'number'
        ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) }
        : {}),
      ...headers,
    },
    body: JSON.stringify(problem),
  };
}

/**
 * 4xx bodies explain (domain errors' messages are written for the caller); 5xx bodies are generic
 * and carry only the correlation id, the detail goes to the log.
 */
export function errorToProblem(error: unknown, instance: string, correlationId: string): Problem {
  if (error instanceof DomainError) {
    const status = STATUS[error.kind] ?? 400;
    // The members RFC 9457 defines win over a domain error's detail of the same name.
    const problem: Problem = {
      ...error.detail,
      type: problemType(error.kind),
      title: TITLES[error.kind] ?? 'Error',
      status,
      detail: error.message,
      instance,
      correlationId,
    };
    if (error instanceof InvalidInput) problem.errors = error.issues;
    logger.info('request refused', { status, kind: error.kind, detail: error.message });
    return problem;
  }
  logger.error('unhandled error', { error: error as Error });
  return {
    type: problemType('internal'),
    title: TITLES.internal!,
    status: 500,
    detail: 'Something went wrong on our side. Quote the correlation id if you contact support.',
    instance,
    correlationId,
  };
}
