import type * as z from 'zod';
import { isMachineRole, type Role } from '../kernel/actor.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A header of a request or a response, as the contract documents it (JSON Schema of its value). */
export interface HeaderSpec {
  description: string;
  schema: Record<string, unknown>;
  /** Requests only: the request is refused without it. */
  required?: boolean;
}

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omitted for empty or non-JSON bodies. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
  /** Headers the response carries besides `content-type` and `x-correlation-id`, by name (e.g. `ETag`). */
  headers?: Record<string, HeaderSpec>;
}

/**
 * One route of the public API. The same object drives the handler's validation and access check,
 * the CDK route and function, the local router, the OpenAPI document and the isolation test.
 */
export interface RouteDefinition<
  TBody extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TParams extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI form, e.g. `/v1/groups/{groupId}`. */
  path: string;
  /** Handler module, from the repo root, without extension, e.g. `functions/catalog/get-catalog`. */
  handler: string;
  summary: string;
  description?: string;
  tag: string;
  /**
   * `public` needs no token; otherwise the roles let past the gate. Group routes let admin and
   * member tokens through and leave the decision to the use case, which checks against the stored
   * group (the current admin number, the member's own number).
   */
  access: 'public' | readonly Role[];
  /**
   * The roles that can succeed: those of `access` the use case's rule lets through (e.g. only the
   * group's admin changes anything, so a member's token passes the gate and gets 403). Defaults to
   * `access`. The contract's `x-roles` lists these.
   */
  allowed?: readonly Role[];
  body?: TBody;
  query?: TQuery;
  params?: TParams;
  /**
   * Credentials of a partner the handler calls (`paypal`: the stage's PayPal secret): its function
   * gets the secret's ARN in its environment and may read that one secret, nothing else.
   */
  secrets?: readonly 'paypal'[];
  /** Money-moving POSTs require an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Largest body this route accepts, in bytes, when it takes more than `MAX_BODY_BYTES` (a batch). */
  maxBodyBytes?: number;
  /** Request headers the route reads (besides `Authorization` and `Idempotency-Key`), by name. */
  headers?: Record<string, HeaderSpec>;
  responses: Record<number, ResponseSpec>;
}

export function defineRoute<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  route: RouteDefinition<B, Q, P>,
): RouteDefinition<B, Q, P> {
  return route;
}

/** `GET /v1/groups/{groupId}` – the API Gateway route key. */
export function routeKey(route: Pick<RouteDefinition, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** A list endpoint: its query takes the opaque `cursor` of `pageQuery`. */
export function isPaginated(route: Pick<RouteDefinition, 'query'>): boolean {
  const shape = (route.query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape !== undefined && 'cursor' in shape;
}

const CONTENT_LANGUAGE: Record<string, HeaderSpec> = {
  'Content-Language': {
    description:
      'The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose',
    schema: { type: 'string' },
  },
};

const EDGE_RESPONSES = {
  413: { description: 'Body too large', contentType: 'application/problem+json' },
  500: {
    description: 'Something went wrong on our side; the body carries only the correlation id',
    contentType: 'application/problem+json',
  },
} as const satisfies Record<number, ResponseSpec>;

/**
 * Every response a route can give: its own, plus those the handler factory gives any route of
 * its kind (413 when it takes a body, 500 for all). The OpenAPI document and the tests' contract
 * check both read this.
 */
export function declaredResponses(
  route: Pick<RouteDefinition, 'body' | 'responses'>,
): Record<number, ResponseSpec> {
  const all: Record<number, ResponseSpec> = { ...route.responses };
  if (route.body) all[413] ??= EDGE_RESPONSES[413];
  all[500] ??= EDGE_RESPONSES[500];
  // Every problem names the language of its texts.
  for (const [status, spec] of Object.entries(all)) {
    if (spec.contentType === 'application/problem+json') {
      all[Number(status)] = { ...spec, headers: { ...spec.headers, ...CONTENT_LANGUAGE } };
    }
  }
  return all;
}

/** Who can succeed on a route: `['public']`, or the roles the use case lets through. */
export function rolesThatSucceed(route: Pick<RouteDefinition, 'access' | 'allowed'>): readonly string[] {
  if (route.access === 'public') return ['public'];
  return route.allowed ?? route.access;
}

/**
 * A route a partner machine may call. On AWS its tokens are verified by its handler, not by the
 * gateway's JWT authorizer, whose audience list cannot name app clients made at run time
 * (`pool-token.ts`).
 */
export function admitsMachines(route: Pick<RouteDefinition, 'access'>): boolean {
  return route.access !== 'public' && route.access.some(isMachineRole);
}
