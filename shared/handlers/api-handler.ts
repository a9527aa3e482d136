import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import type * as z from 'zod';
import { type CursorBinding, openCursor, sealCursor } from '../db/pagination.ts';
import type { Principal, TenantPrincipal } from '../kernel/actor.ts';
import { config } from '../kernel/config.ts';
import { Forbidden, InvalidInput, NotFound, PayloadTooLarge } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import { logger, metrics } from '../kernel/observability.ts';
import type { Tenant } from '../kernel/tenant.ts';
import { cachedMachineClient } from '../tenants/cached-machine-client.ts';
import { cachedStaffMember } from '../tenants/cached-staff.ts';
import { cachedTenant } from '../tenants/cached-tenant.ts';
import { errorToProblem, type HttpResponse, problemResponse } from './errors.ts';
import { type IdempotentCall, idempotentRunner } from './idempotency.ts';
import { answerLanguage } from './language.ts';
import { observed, useOperationDimension, wellFormedCorrelationId } from './middleware.ts';
import { verifyPoolToken } from './pool-token.ts';
import { resolvePrincipal } from './principal.ts';
import { admitsMachines, isPaginated, type RouteDefinition } from './route.ts';
import { issuesFromZod } from './validation.ts';

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

interface BaseRequest<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  headers: Record<string, string>;
  correlationId: string;
  idempotencyKey?: string;
  /** The raw event, for adapters that need more (rare). */
  event: ApiEvent;
}

/** What a handler of a tenant route receives: the principal and its tenant are already verified. */
export interface TenantRequest<B = unknown, Q = unknown, P = unknown> extends BaseRequest<B, Q, P> {
  principal: TenantPrincipal;
  tenant: Tenant;
}

export interface AnyRequest<B = unknown, Q = unknown, P = unknown> extends BaseRequest<B, Q, P> {
  principal?: Principal;
  tenant?: Tenant;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Non-JSON bodies (PDF): base64 with its content type. */
  binary?: { base64: string; contentType: string };
}

// Results are stored as they are by the idempotency layer: no `undefined` members.
export const ok = (body: unknown, headers?: Record<string, string>): ApiResult =>
  headers ? { status: 200, body, headers } : { status: 200, body };
export const created = (body: unknown, location?: string): ApiResult =>
  location ? { status: 201, body, headers: { location } } : { status: 201, body };
export const noContent = (): ApiResult => ({ status: 204 });

/**
 * A money-moving command as the use case's operation guard records it: the operation, the
 * caller's `Idempotency-Key`, and the request bound to the principal that sent it. The guard is
 * the backstop when the idempotency record is gone, so another principal resending the same key
 * and body finds a different request (refused), never the first caller's result.
 */
export function operationOf(
  route: Pick<RouteDefinition, 'operationId'>,
  req: Pick<TenantRequest, 'principal' | 'idempotencyKey' | 'params' | 'body'>,
): { name: string; key: string; request: unknown } {
  const { role, subject, groupId, msisdn } = req.principal;
  return {
    name: route.operationId,
    key: req.idempotencyKey!,
    request: { params: req.params, body: req.body, by: { role, subject, groupId, msisdn } },
  };
}

function headersOf(event: ApiEvent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

function parseJsonBody(event: ApiEvent, maxBytes: number): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw, 'utf8') > maxBytes) {
    throw new PayloadTooLarge(message('request.too-large', { bytes: maxBytes }));
  }
  const type = headersOf(event)['content-type'] ?? 'application/json';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw InvalidInput.field('header.content-type', message('field.json-content-type'));
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw InvalidInput.field('body', message('field.not-json'));
  }
}

function validate<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string) {
  if (!schema) return value;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw new InvalidInput(issuesFromZod(parsed.error, where));
  return parsed.data;
}

function toHttp(result: ApiResult, correlationId: string): HttpResponse {
  const headers: Record<string, string> = { 'x-correlation-id': correlationId, ...(result.headers ?? {}) };
  if (result.binary) {
    return {
      statusCode: result.status,
      headers: { ...headers, 'content-type': result.binary.contentType },
      body: result.binary.base64,
      isBase64Encoded: true,
    };
  }
  if (result.body === undefined) return { statusCode: result.status, headers, body: '' };
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(result.body),
  };
}

/**
 * Correlation id from the caller (if well-formed) or the gateway's request id. Derived from the
 * event (no module state), so concurrent local requests through one module never mix them up.
 */
function correlationIdOf(event: ApiEvent, context: Context): string {
  return (
    wellFormedCorrelationId(headersOf(event)['x-correlation-id']) ??
    event.requestContext?.requestId ??
    context.awsRequestId
  );
}

/** The tenant a request was verified for, so its refusal can be written in the tenant's language. */
const tenantOfEvent = new WeakMap<ApiEvent, Tenant>();

/**
 * Every error becomes problem+json; nothing escapes as a raw Lambda error. Its texts follow
 * `Accept-Language`, else the tenant's default language, else English.
 */
const problems: MiddlewareObj<ApiEvent, HttpResponse> = {
  onError: (request) => {
    const correlationId = correlationIdOf(request.event, request.context);
    const language = answerLanguage(
      headersOf(request.event)['accept-language'],
      tenantOfEvent.get(request.event),
    );
    const answer = errorToProblem(request.error, request.event.rawPath ?? '', correlationId, language);
    metrics.addMetric(answer.problem.status >= 500 ? 'RequestFailed' : 'RequestRefused', MetricUnit.Count, 1);
    request.response = problemResponse(answer, { 'x-correlation-id': correlationId });
  },
};

type Impl<R extends RouteDefinition, Req> = (
  req: Req & {
    body: z.output<NonNullable<R['body']>>;
    query: z.output<NonNullable<R['query']>>;
    params: z.output<NonNullable<R['params']>>;
  },
) => Promise<ApiResult>;

/**
 * Builds the Lambda handler of one route: correlation id, logging, metrics, body size and JSON
 * parsing, zod validation of body/query/path, the access gate, the tenant lookup, and the
 * mapping of every error to problem+json. Handlers only call their use case.
 */
export function apiHandler<R extends RouteDefinition>(
  route: R,
  impl: R['access'] extends 'public' ? Impl<R, AnyRequest> : Impl<R, TenantRequest>,
) {
  useOperationDimension(route.operationId);
  const once = route.idempotent ? idempotentRunner<ApiResult>(route.operationId) : undefined;
  const paginated = isPaginated(route);
  const machines = admitsMachines(route);
  const core = async (event: ApiEvent, context: Context): Promise<HttpResponse> => {
    const correlationId = correlationIdOf(event, context);
    const headers = headersOf(event);

    // 1. Who: the verified principal, the role gate and the tenant (before any input is parsed,
    //    so a principal that may not call the route learns nothing from validation messages).
    let principal: Principal | undefined;
    let tenant: Tenant | undefined;
    if (route.access !== 'public') {
      // On AWS a route that admits partner machines has no gateway authorizer: its handler verifies.
      const claims =
        machines && config().RUNTIME === 'aws'
          ? await verifyPoolToken(headers.authorization)
          : event.requestContext?.authorizer?.jwt?.claims;
      principal = await resolvePrincipal(claims, cachedMachineClient, cachedStaffMember);
      if (!route.access.includes(principal.role)) {
        throw new Forbidden(message('role.not-allowed', { role: principal.role }));
      }
      if (principal.role !== 'platform') {
        tenant = await cachedTenant(principal.tenantId);
        if (tenant) tenantOfEvent.set(event, tenant);
        if (tenant?.status !== 'active') throw new Forbidden(message('tenant.not-active'));
        logger.appendKeys({ tenant_id: principal.tenantId });
      }
    }

    // 2. Which: path parameters, then the structural ownership gate.
    const params = validate(route.params, event.pathParameters, 'path');
    if (principal) ownershipGate(principal, params);

    // 3. What: body and query. A list's cursor is opened here and sealed again on the way out,
    //    so a use case only ever sees cursors its own repository made.
    const body = validate(
      route.body,
      parseJsonBody(event, route.maxBodyBytes ?? config().MAX_BODY_BYTES),
      'body',
    );
    const query = validate(route.query, event.queryStringParameters, 'query') as Record<string, unknown>;
    const binding = paginated ? cursorBinding(route, principal, params, query) : undefined;
    if (binding && typeof query.cursor === 'string') query.cursor = openCursor(query.cursor, binding);

    let idempotencyKey: string | undefined;
    if (route.idempotent) {
      idempotencyKey = headers['idempotency-key'];
      if (!idempotencyKey || !/^[A-Za-z0-9_-]{8,128}$/.test(idempotencyKey)) {
        throw InvalidInput.field('header.idempotency-key', message('field.idempotency-key'));
      }
    }

    const run = () =>
      (impl as (req: AnyRequest) => Promise<ApiResult>)({
        body,
        query,
        params,
        headers,
        correlationId,
        idempotencyKey,
        event,
        principal,
        tenant,
      });
    const result =
      once && idempotencyKey && tenant
        ? await once(
            {
              tenantId: tenant.tenantId,
              operationId: route.operationId,
              key: idempotencyKey,
              request: { params, query, body },
              owner: keyOwner(principal as TenantPrincipal, params),
            },
            context,
            run,
          )
        : await run();
    if (binding) sealNextCursor(result, binding);
    metrics.addMetric('RequestServed', MetricUnit.Count, 1);
    return toHttp(result, correlationId);
  };

  return observed(core, (event, context) => ({
    correlation_id: correlationIdOf(event, context),
    route: event.routeKey,
  })).use(problems);
}

/** Who an `Idempotency-Key` belongs to: the principal, and the group the path names. */
function keyOwner(principal: TenantPrincipal, params: unknown): IdempotentCall['owner'] {
  const pathGroupId = (params as { groupId?: unknown } | undefined)?.groupId;
  return {
    role: principal.role,
    subject: principal.subject,
    ...(principal.groupId ? { groupId: principal.groupId } : {}),
    ...(principal.msisdn ? { msisdn: principal.msisdn } : {}),
    ...(typeof pathGroupId === 'string' ? { pathGroupId } : {}),
  };
}

/**
 * What a list's cursor is bound to: the operation, its path parameters, its filters (every query
 * parameter but the cursor and the page size) and the principal reading it.
 */
function cursorBinding(
  route: RouteDefinition,
  principal: Principal | undefined,
  params: unknown,
  query: Record<string, unknown>,
): CursorBinding {
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const p = principal as Partial<TenantPrincipal> | undefined;
  return {
    operation: route.operationId,
    params: params ?? {},
    filters,
    principal: p
      ? { role: p.role, subject: p.subject, tenantId: p.tenantId, groupId: p.groupId, msisdn: p.msisdn }
      : null,
  };
}

function sealNextCursor(result: ApiResult, binding: CursorBinding): void {
  const body = result.body as { nextCursor?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.nextCursor === 'string') {
    result.body = { ...body, nextCursor: sealCursor(body.nextCursor, binding) };
  }
}

/**
 * Subscribers (admin, member) act only inside their own group, and a member only on its own
 * number: a path naming another group or number is answered 404 (its existence is not revealed)
 * before any use case runs. Whether the admin is still the group's admin is checked by the use
 * case against the database.
 */
export function ownershipGate(principal: Principal, params: unknown): void {
  if (principal.role !== 'admin' && principal.role !== 'member') return;
  const p = (params ?? {}) as { groupId?: unknown; msisdn?: unknown };
  if (p.groupId !== undefined && p.groupId !== principal.groupId)
    throw new NotFound(message('group.not-found'));
  if (principal.role === 'member' && p.msisdn !== undefined && p.msisdn !== principal.msisdn) {
    throw new NotFound(message('member.not-found'));
  }
}
