import type { FieldIssue } from '../kernel/errors.ts';

/** RFC 9457 problem details. `type` is a stable URI per problem kind, documented in the OpenAPI. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldIssue[];
  /** When to try again (`request-in-progress`, `too-many-requests`); also sent as `Retry-After`. */
  retryAfterSeconds?: number;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemType = (kind: string): string => `https://switchboard.dev/problems/${kind}`;
