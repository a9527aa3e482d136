import type { TokenRequest } from '../../infra/local/tokens.ts';
import {
  type Figure,
  type LoadResult,
  loadTest,
  ms,
  perSecond,
  progress,
  type SectionResult,
  table,
} from './support.ts';

/** The fixed load of the API benchmark: 16 connections for 10 s after a 2 s warm-up. */
export const API_LOAD = { connections: 16, durationSeconds: 10, warmupSeconds: 2 };

export interface LocalApi {
  url: string;
  /** A token the local server accepts (signed with an in-memory key, nothing written to disk). */
  token(req: TokenRequest): Promise<string>;
  close(): Promise<void>;
}

/**
 * `createLocalServer()` on 127.0.0.1, an ephemeral port, with the route table and handlers of
 * `npm start`. Expects the environment set by `run.ts` (DynamoDB Local, table).
 */
export async function startLocalApi(): Promise<LocalApi> {
  const { createLocalServer, closeServer } = await import('../../infra/local/http-server.ts');
  const { generateLocalKeyPair, signToken, verifyToken } = await import('../../infra/local/tokens.ts');
  const keys = await generateLocalKeyPair();
  const server = createLocalServer({ verify: (t) => verifyToken(t, keys) });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the local server has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    token: (req) => signToken(req, keys),
    close: () => closeServer(server),
  };
}

/** The first demo tenant, seeded through the real use cases (`seedDemoTenants()`). */
export async function seededTenant(): Promise<string> {
  const { seedDemoTenants } = await import('../../infra/local/seed.ts');
  const { demoTenants } = await import('../../infra/local/seed-data.ts');
  await seedDemoTenants();
  const first = demoTenants[0];
  if (!first) throw new Error('no demo tenant to seed');
  return first.tenant.tenantId;
}

export function loadRow(label: string, r: LoadResult): string[] {
  return [
    label,
    String(r.requests),
    ms(r.latency.p50, 0),
    ms(r.latency.p99, 0),
    ms(r.latency.max, 0),
    perSecond(r.throughput),
    String(r.non2xx + r.errors + r.timeouts),
  ];
}

export const LOAD_HEAD = ['request', 'requests', 'p50', 'p99', 'max', 'throughput', 'non-2xx/errors'];

export async function benchApi(): Promise<SectionResult> {
  progress('seeding the demo tenants');
  const tenant = await seededTenant();
  const api = await startLocalApi();
  try {
    const token = await api.token({ role: 'operator', tenant });
    const headers = { authorization: `Bearer ${token}` };
    const catalogUrl = `${api.url}/v1/catalog`;
    const probe = await fetch(catalogUrl, { headers });
    const body = await probe.text();
    if (probe.status !== 200)
      throw new Error(`GET /v1/catalog answered ${probe.status}: ${body.slice(0, 500)}`);

    const { connections, durationSeconds, warmupSeconds } = API_LOAD;
    progress(
      `GET /v1/catalog: ${warmupSeconds} s warm-up, then ${connections} connections for ${durationSeconds} s`,
    );
    await loadTest({ url: catalogUrl, connections, duration: warmupSeconds, headers });
    const catalog = await loadTest({ url: catalogUrl, connections, duration: durationSeconds, headers });
    progress(`GET /health (reference: the server alone, no token, no DynamoDB) for ${durationSeconds / 2} s`);
    const health = await loadTest({ url: `${api.url}/health`, connections, duration: durationSeconds / 2 });

    const lines = table(
      LOAD_HEAD,
      [loadRow('GET /v1/catalog', catalog), loadRow('GET /health (reference)', health)],
      [1, 2, 3, 4, 5, 6],
    );
    lines.push('', `GET /v1/catalog body: ${body.length} bytes (tenant ${tenant}, operator token)`);
    const figures: Figure[] = [
      { name: 'GET /v1/catalog p50', value: catalog.latency.p50, unit: 'ms' },
      { name: 'GET /v1/catalog p99', value: catalog.latency.p99, unit: 'ms' },
      { name: 'GET /v1/catalog throughput', value: Math.round(catalog.throughput), unit: 'req/s' },
      {
        name: 'GET /v1/catalog non-2xx or errors',
        value: catalog.non2xx + catalog.errors + catalog.timeouts,
        unit: 'requests',
      },
      { name: 'GET /health p50', value: health.latency.p50, unit: 'ms' },
      { name: 'GET /health p99', value: health.latency.p99, unit: 'ms' },
      { name: 'GET /health throughput', value: Math.round(health.throughput), unit: 'req/s' },
    ];
    return {
      title: 'Local API (createLocalServer on 127.0.0.1, DynamoDB Local in memory)',
      method: [
        `autocannon in its own node process, ${connections} connections, ${durationSeconds} s after a ${warmupSeconds} s warm-up, keep-alive`,
        `token: operator of seeded demo tenant "${tenant}"; the server verifies it (ES256) on every request`,
      ],
      lines,
      figures,
      data: { tenant, load: API_LOAD, catalog, health, catalogBodyBytes: body.length },
    };
  } finally {
    await api.close();
  }
}
