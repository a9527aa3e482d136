import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { type RouteDefinition, routeKey } from '../../shared/handlers/route.ts';
import { FUNCTION_TIMEOUT_SECONDS } from '../constructs/function-timeouts.ts';

export interface LocalRequest {
  method: string;
  /** Raw path, e.g. `/v1/groups/01H.../members`. */
  path: string;
  rawQueryString?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Verified JWT claims (absent for public routes / no token). */
  claims?: Record<string, string | number | boolean>;
}

/** Path template match: `/v1/groups/{groupId}` against `/v1/groups/g1` → `{ groupId: 'g1' }`. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!;
    const val = p[i]!;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (val === '') return undefined;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(val);
      } catch {
        return undefined;
      }
    } else if (seg !== val) return undefined;
  }
  return params;
}

/**
 * Builds the API Gateway HTTP API (payload format 2.0) event that Lambda would receive for this
 * request, with the JWT authorizer's claims as API Gateway passes them (all strings).
 */
export function toApiEvent(
  route: Pick<RouteDefinition, 'method' | 'path'>,
  req: LocalRequest,
  pathParameters: Record<string, string>,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const now = new Date();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  const qs = req.rawQueryString ?? '';
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(qs)) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const claims: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.claims ?? {})) claims[k] = String(v);
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: routeKey(route),
    rawPath: req.path,
    rawQueryString: qs,
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method.toUpperCase(),
        path: req.path,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: routeKey(route),
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
    ...(req.body !== undefined && req.body !== '' ? { body: req.body } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/**
 * A Lambda context good enough for Powertools and middy. Its remaining time counts down from the
 * function's timeout as on AWS (Powertools idempotency lets an interrupted command's record expire
 * when that time is up).
 */
export function localContext(
  functionName: string,
  timeoutSeconds: number = FUNCTION_TIMEOUT_SECONDS.default,
) {
  const deadline = Date.now() + timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
