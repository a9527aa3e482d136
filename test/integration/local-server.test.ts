import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeServer, createLocalServer } from '../../infra/local/http-server.ts';
import {
  generateLocalKeyPair,
  type KeyPair,
  localKeys,
  signToken,
  verifyToken,
} from '../../infra/local/tokens.ts';
import { useTestTable } from '../support/table.ts';

// This file reads the server's log lines: INFO, before the logger is made; they are captured below, not printed.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
});

useTestTable();

const logLines: Record<string, unknown>[] = [];
beforeAll(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) {
      if (line.startsWith('{')) logLines.push(JSON.parse(line) as Record<string, unknown>);
    }
    return true;
  }) as typeof process.stdout.write);
});
afterAll(() => vi.restoreAllMocks());

let server: Server;
let base: string;
let keys: KeyPair;
let dataDir: string;
const loaded: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sb-server-'));
  keys = await localKeys(dataDir);
  const { loadModuleHandler } = await import('../../infra/local/event-bus.ts');
  server = createLocalServer({
    verify: (token) => verifyToken(token, keys),
    // Records every handler the server reaches, to prove refused requests never get there.
    load: async (handlerPath) => {
      const handler = await loadModuleHandler(handlerPath);
      return async (event, context) => {
        loaded.push(handlerPath);
        return handler(event, context);
      };
    },
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeServer(server);
  await rm(dataDir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) {
  const res = await fetch(`${base}${path}`, { method, headers: init.headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

describe('local HTTP server: routing', () => {
  it('serves public routes through the real handlers', async () => {
    const health = await call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.json.status).toBe('ok');
    expect(health.headers.get('x-correlation-id')).toBeTruthy();

    const doc = await call('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.json.openapi).toBe('3.1.0');
  });

  it('answers 404 problem+json for an unknown path', async () => {
    const res = await call('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.json).toMatchObject({ status: 404, title: 'Not found', instance: '/v1/nothing-here' });
  });

  it('answers 405 with an allow header for a known path and another method', async () => {
    const res = await call('DELETE', '/v1/catalog');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'PUT']);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.json.detail).toContain('DELETE');
  });

  it('answers 413 problem+json for a body over MAX_BODY_BYTES', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(300 * 1024) });
    const res = await call('POST', '/v1/tenants', {
      headers: { 'content-type': 'application/json', ...bearer(await signToken({ role: 'platform' }, keys)) },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ status: 413, title: 'Payload too large' });
  });
});

describe('local HTTP server: oversized request heads', () => {
  it.each([
    ['headers', { headers: { 'x-padding': 'x'.repeat(17 * 1024) } }, '/health'],
    ['a request line', {}, `/health?q=${'q'.repeat(17 * 1024)}`],
  ] as const)('answers 431 problem+json for %s over 16 KB', async (_what, init, path) => {
    const res = await call('GET', path, init);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.json).toMatchObject({
      status: 431,
      title: 'Request header fields too large',
      type: 'https://switchboard.dev/problems/header-fields-too-large',
    });
    expect(res.json.detail).toContain('16384');
    expect(res.json.correlationId).toBeTruthy();
    // The server still serves the next request.
    expect((await call('GET', '/health')).status).toBe(200);
  });
});

describe('local HTTP server: the JWT authorizer', () => {
  it('refuses a protected route without a token, before any handler runs', async () => {
    const before = loaded.length;
    const res = await call('GET', '/v1/catalog');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(res.json.detail).toMatch(/bearer token is required/i);
    expect(loaded.length).toBe(before);
  });

  it('refuses an expired token', async () => {
    const token = await signToken({ role: 'operator', tenant: 'alpina', ttlSeconds: -60 }, keys);
    const before = loaded.length;
    const res = await call('GET', '/v1/catalog', { headers: bearer(token) });
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe('The token has expired.');
    expect(loaded.length).toBe(before);
  });

  it('refuses a token signed with another key, saying it comes from another data folder', async () => {
    const foreign = await generateLocalKeyPair();
    const token = await signToken({ role: 'platform' }, foreign);
    const res = await call('GET', '/v1/tenants', { headers: bearer(token) });
    expect(res.status).toBe(401);
    expect(res.json.detail).toMatch(/signed with another key .*another data folder.*DATA_DIR/);
    // The same key id with a forged signature is simply not valid.
    const forged = await signToken({ role: 'platform' }, { ...foreign, kid: keys.kid });
    const res2 = await call('GET', '/v1/tenants', { headers: bearer(forged) });
    expect(res2.json.detail).toBe('The token signature is not valid.');
  });

  it('refuses a tampered token (payload changed after signing)', async () => {
    const token = await signToken({ role: 'operator', tenant: 'alpina' }, keys);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.role = 'platform';
    delete claims.tenant_id;
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const res = await call('GET', '/v1/tenants', { headers: bearer(forged) });
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe('The token signature is not valid.');
  });

  it('refuses garbage and non-bearer credentials', async () => {
    expect((await call('GET', '/v1/tenants', { headers: bearer('not-a-jwt') })).json.detail).toBe(
      'The token is not a valid JWT.',
    );
    const basic = await call('GET', '/v1/tenants', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
  });

  it('lets a valid token through to the handler with its claims', async () => {
    const platform = await signToken({ role: 'platform' }, keys);
    const created = await call('POST', '/v1/tenants', {
      headers: { 'content-type': 'application/json', ...bearer(platform) },
      body: JSON.stringify({
        tenantId: 'srv-test',
        name: 'Server Test Operator',
        country: 'SI',
        locales: ['sl', 'en'],
        currency: 'EUR',
        timeZone: 'Europe/Ljubljana',
        vatRateBasisPoints: 2200,
        invoiceSeriesPrefix: 'SRV-',
      }),
    });
    expect(created.status).toBe(201);

    const operator = await signToken({ role: 'operator', tenant: 'srv-test' }, keys);
    const catalog = await call('GET', '/v1/catalog', { headers: bearer(operator) });
    expect(catalog.status).not.toBe(401);
    expect(catalog.status).toBe(200);
    expect(loaded).toContain('functions/catalog/get-catalog');

    // A valid token of the wrong role passes the authorizer and is refused by the handler (403).
    const wrongRole = await call('GET', '/v1/tenants', { headers: bearer(operator) });
    expect(wrongRole.status).toBe(403);
  });
});

describe('local tokens', () => {
  it('keeps one key pair per data folder, so tokens survive restarts', async () => {
    const token = await signToken({ role: 'platform' }, keys);
    // A second process (the CLI, or the server after a restart) reads the same key file.
    const { readFile } = await import('node:fs/promises');
    const stored = JSON.parse(await readFile(join(dataDir, 'jwt-keys.json'), 'utf8'));
    expect(stored.kid).toBe(keys.kid);
    const claims = await verifyToken(token, keys);
    expect(claims).toMatchObject({ role: 'platform', iss: 'switchboard-local', aud: 'switchboard-api' });
    expect(typeof claims.exp).toBe('number');
  });

  it('names the claims as the API reads them', async () => {
    const token = await signToken(
      { role: 'admin', tenant: 'alpina', group: 'g1', msisdn: '38640123456' },
      keys,
    );
    const claims = await verifyToken(token, keys);
    expect(claims).toMatchObject({
      role: 'admin',
      tenant_id: 'alpina',
      group_id: 'g1',
      msisdn: '38640123456',
    });
    expect(claims.sub).toBeTruthy();
  });
});

describe('local HTTP server: one process, many invocations', () => {
  it("keeps each request's log context (function, correlation id, tenant) apart", async () => {
    const platform = await signToken({ role: 'platform' }, keys);
    for (const tenantId of ['logs-a', 'logs-b']) {
      const res = await call('POST', '/v1/tenants', {
        headers: { 'content-type': 'application/json', ...bearer(platform) },
        body: JSON.stringify({
          tenantId,
          name: `Operator ${tenantId}`,
          country: 'SI',
          locales: ['sl'],
          currency: 'EUR',
          timeZone: 'Europe/Ljubljana',
          vatRateBasisPoints: 2200,
          invoiceSeriesPrefix: 'LG-',
        }),
      });
      expect(res.status, res.text).toBe(201);
    }
    const tokens = {
      'logs-a': await signToken({ role: 'operator', tenant: 'logs-a' }, keys),
      'logs-b': await signToken({ role: 'operator', tenant: 'logs-b' }, keys),
    };

    // Two handler modules and two tenants, all at once; each request ends in a logged 404.
    const requests = Array.from({ length: 24 }, (_, i) => ({
      correlationId: `logs-${i}`,
      tenant: i % 2 === 0 ? ('logs-a' as const) : ('logs-b' as const),
      functionName: i % 3 === 0 ? 'getMember' : 'getGroup',
      path: `/v1/groups/01NOSUCHGROUP${String(i).padStart(13, '0')}${i % 3 === 0 ? '/members/38640100001' : ''}`,
    }));
    logLines.length = 0;
    const answers = await Promise.all(
      requests.map((r) =>
        call('GET', r.path, {
          headers: { ...bearer(tokens[r.tenant]), 'x-correlation-id': r.correlationId },
        }),
      ),
    );
    for (const a of answers) expect(a.status, a.text).toBe(404);

    const refused = logLines.filter((l) => l.message === 'request refused');
    expect(refused).toHaveLength(requests.length);
    for (const line of refused) {
      const request = requests.find((r) => r.correlationId === line.correlation_id);
      expect(request, JSON.stringify(line)).toBeDefined();
      expect(line, JSON.stringify(line)).toMatchObject({
        function_name: request!.functionName,
        tenant_id: request!.tenant,
      });
    }
  });
});
