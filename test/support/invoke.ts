import { resolve } from 'node:path';
import { routes } from '../../functions/registry.ts';
import { localContext, matchPath, toApiEvent } from '../../infra/local/api-event.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { checkResponse } from './contract.ts';

export interface InvokeResult {
  status: number;
  headers: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
  body: any;
  raw: string;
}

type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode: number; headers?: Record<string, string>; body?: string }>;

/**
 * Calls the route's real handler module with the API Gateway event Lambda would receive.
 * `claims` stands for what the JWT authorizer verified. Every answer is checked against the
 * route's contract (`contract.ts`): an undeclared status, header or body member fails the test.
 */
export async function invoke(
  method: string,
  pathWithQuery: string,
  opts: {
    claims?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
    rawBody?: string;
  } = {},
): Promise<InvokeResult> {
  const [path, qs = ''] = pathWithQuery.split('?') as [string, string?];
  let route: RouteDefinition | undefined;
  let params: Record<string, string> | undefined;
  for (const r of routes) {
    if (r.method !== method) continue;
    params = matchPath(r.path, path);
    if (params) {
      route = r;
      break;
    }
  }
  if (!route || !params) throw new Error(`no route for ${method} ${path}`);
  const mod = (await import(resolve(import.meta.dirname, '../..', `${route.handler}.ts`))) as {
    handler: Handler;
  };
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const event = toApiEvent(
    route,
    {
      method,
      path,
      rawQueryString: qs,
      // The demo and test tenants default to Slovenian; the tests read English texts unless they
      // ask for another language (a request without Accept-Language gets the tenant's default).
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(opts.headers ?? {}) },
      body,
      claims: opts.claims,
    },
    params,
  );
  const res = await mod.handler(event, localContext(route.operationId));
  const raw = res.body ?? '';
  let parsed: unknown = raw;
  try {
    parsed = raw ? JSON.parse(raw) : undefined;
  } catch {
    /* non-JSON body */
  }
  const result = { status: res.statusCode, headers: res.headers ?? {}, body: parsed, raw };
  checkResponse(route, result);
  return result;
}

export const claims = {
  platform: () => ({ sub: 'platform-test', role: 'platform' }),
  operator: (tenant: string) => ({ sub: `op-${tenant}`, role: 'operator', tenant_id: tenant }),
  mediation: (tenant: string) => ({ sub: `med-${tenant}`, role: 'mediation', tenant_id: tenant }),
  /** The bank / payment provider reporting payments (its own machine credential). */
  psp: (tenant: string) => ({ sub: `psp-${tenant}`, role: 'psp', tenant_id: tenant }),
  /** The mail gateway handing over mail received at the tenant's support address. */
  mailGateway: (tenant: string) => ({ sub: `mail-${tenant}`, role: 'mail-gateway', tenant_id: tenant }),
  admin: (tenant: string, groupId: string, msisdn: string) => ({
    sub: `adm-${msisdn}`,
    role: 'admin',
    tenant_id: tenant,
    group_id: groupId,
    msisdn,
  }),
  member: (tenant: string, groupId: string, msisdn: string) => ({
    sub: `mem-${msisdn}`,
    role: 'member',
    tenant_id: tenant,
    group_id: groupId,
    msisdn,
  }),
};
