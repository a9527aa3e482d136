import { DomainError, type FieldIssue, InvalidInput } from '../kernel/errors.ts';
import {
  type Language,
  type Message,
  type MessageCode,
  message,
  recognise,
  render,
} from '../kernel/messages.ts';
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

/** The title of each problem kind is the catalog's `title.<kind>`. */
const titleOf = (kind: string): Message =>
  message((STATUS[kind] || kind === 'internal' ? `title.${kind}` : 'title.error') as MessageCode);

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

/** A problem and the language its `title`, `detail` and field messages are written in. */
export interface LocalizedProblem {
  problem: Problem;
  language: Language;
}

/**
 * A problem that says when to try again (`retryAfterSeconds`) also says it in a `Retry-After`
 * header; `Content-Language` names the language of its texts.
 */
export function problemResponse(
  { problem, language }: LocalizedProblem,
  headers: Record<string, string> = {},
): HttpResponse {
  const retryAfter = problem.retryAfterSeconds;
  return {
    statusCode: problem.status,
    headers: {
      'content-type': PROBLEM_CONTENT_TYPE,
      'content-language': language,
      ...(typeof retryAfter === 'number'
        ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) }
        : {}),
      ...headers,
    },
    body: JSON.stringify(problem),
  };
}

/** A text as the catalog knows it: its code, or a field text recognised by its English form. */
type Known = { text?: Message; english: string };

/**
 * 4xx bodies explain (domain errors' messages are written for the caller); 5xx bodies are generic
 * and carry only the correlation id, the detail goes to the log. `title`, `detail` and every
 * field message are written in `requested`; when any of them has no translation (an English
 * sentence without a code), the whole problem is written in English and says so, rather than
 * mixing languages under a `Content-Language` that would not be true. `type` and field paths
 * never change with the language.
 */
export function errorToProblem(
  error: unknown,
  instance: string,
  correlationId: string,
  requested: Language = 'en',
): LocalizedProblem {
  if (error instanceof DomainError) {
    const status = STATUS[error.kind] ?? 400;
    const issues: FieldIssue[] | undefined =
      error instanceof InvalidInput ? error.issues : (error.detail.errors as FieldIssue[] | undefined);
    const detail: Known = {
      text: error.text ?? (error instanceof InvalidInput ? recognise(error.message) : undefined),
      english: error.message,
    };
    const fields = (issues ?? []).map((i) => ({
      field: i.field,
      known: { text: i.text ?? recognise(i.message), english: i.message } as Known,
    }));
    const untranslated = [detail, ...fields.map((f) => f.known)].some((k) => !k.text);
    const language: Language = untranslated ? 'en' : requested;
    const say = (k: Known) => (k.text ? render(k.text, language) : k.english);
    // The members RFC 9457 defines win over a domain error's detail of the same name.
    const problem: Problem = {
      ...error.detail,
      type: problemType(error.kind),
      title: render(titleOf(error.kind), language),
      status,
      detail: say(detail),
      instance,
      correlationId,
    };
    if (issues) problem.errors = fields.map((f) => ({ field: f.field, message: say(f.known) }));
    if (error.text) problem.code = error.text.code;
    logger.info('request refused', { status, kind: error.kind, detail: error.message });
    return { problem, language };
  }
  logger.error('unhandled error', { error: error as Error });
  return {
    problem: {
      type: problemType('internal'),
      title: render(titleOf('internal'), requested),
      status: 500,
      detail: render(message('request.internal'), requested),
      instance,
      correlationId,
    },
    language: requested,
  };
}
