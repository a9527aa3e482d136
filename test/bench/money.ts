/**
 * Money benchmark: transfers per second through the real handler (validation,
 * idempotency record, use case, one TransactWriteItems) against DynamoDB Local, sequentially and
 * at concurrency 16 (one group: every transfer touches the admin's balance and the group's day
 * counter, so they serialise on those items; and 16 groups side by side), and the DynamoDB
 * requests each money command costs, counted by an SDK middleware.
 *
 * `benchMoney()` expects the environment of `run.ts` (DynamoDB Local, a table). Standalone:
 * `npx tsx test/bench/money.ts` starts its own DynamoDB Local (in memory) and prints the figures.
 * Every import that reads the configuration is dynamic, so the environment is set first.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface MoneyFigure {
  name: string;
  value: number;
  unit: string;
}

// ----- request counting ----------------------------------------------------------------------------

export interface RequestCounter {
  /** Requests per DynamoDB operation since the last reset, e.g. `{ TransactWriteItems: 1 }`. */
  counts(): Record<string, number>;
  total(): number;
  reset(): void;
  stop(): void;
}

let counterSeq = 0;

/**
 * Counts every request the client sends (one per command sent; the document client shares the
 * low-level client's middleware stack, and Powertools idempotency uses the same client).
 */
export function countDynamoRequests(client: DynamoDBClient): RequestCounter {
  const name = `money-bench-counter-${++counterSeq}`;
  let counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      counts[op] = (counts[op] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    counts: () => ({ ...counts }),
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    reset: () => {
      counts = {};
    },
    stop: () => {
      client.middlewareStack.remove(name);
    },
  };
}

// ----- set-up through the real routes ----------------------------------------------------------------

type Invoke = typeof import('../support/invoke.ts')['invoke'];
type Claims = typeof import('../support/invoke.ts')['claims'];

const eur = (amount: number) => ({ amount, currency: 'EUR' });
let seq = 0;
export const unique = () => `${Date.now().toString(36)}${(++seq).toString(36)}`.toUpperCase();
export const key = () => ({ 'idempotency-key': `bench-${unique()}-${randomBytes(4).toString('hex')}` });

const CATALOG = {
  plans: [
    {
      code: 'BIZ',
      name: { en: 'Business' },
      monthlyFee: eur(1_990),
      included: { voiceMinutes: null, sms: null, dataMb: 10_000 },
      tariffModel: 'STD',
      rank: 1,
    },
  ],
  numberRanges: [{ from: '+38640100000', to: '+38640199999' }],
  policies: { transfers: { maxPerTransfer: 100_000, maxPerDay: 1_000_000_000 } },
};

interface BenchGroup {
  groupId: string;
  admin: string;
  members: string[];
  claims: Record<string, string>;
}

export async function ok(
  // biome-ignore lint/suspicious/noExplicitAny: response bodies of several routes, read field by field
  res: Promise<{ status: number; raw: string; body: any }>,
  expected: number,
  what: string,
) {
  const r = await res;
  if (r.status !== expected) throw new Error(`${what}: ${r.status} ${r.raw}`);
  return r.body;
}

/** A business customer's registration for the benchmarks, its admin on `plan`. */
export function benchRegistration(plan: string) {
  return {
    company: {
      legalName: 'Bench d.o.o.',
      registrationNumber: `B${unique()}`.slice(0, 20),
      vatId: 'SI50223054',
      address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
    },
    legalRepresentative: {
      name: 'Ana Novak',
      idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/bench' },
    },
    iban: 'SI56 1910 0000 0123 438',
    billingEmail: 'billing@bench.si',
    admin: { number: { kind: 'new' }, plan },
  };
}

async function setUpGroup(
  invoke: Invoke,
  claims: Claims,
  tenantId: string,
  members: number,
  credit: number,
): Promise<BenchGroup> {
  const reg = await ok(
    invoke('POST', '/v1/groups', {
      claims: claims.operator(tenantId),
      headers: key(),
      body: benchRegistration('BIZ'),
    }),
    201,
    'register group',
  );
  const groupId: string = reg.group.groupId;
  const admin: string = reg.admin.msisdn.slice(1);
  const adminClaims = claims.admin(tenantId, groupId, admin);
  const list: string[] = [];
  for (let i = 0; i < members; i++) {
    const m = await ok(
      invoke('POST', `/v1/groups/${groupId}/members`, {
        claims: adminClaims,
        headers: key(),
        body: { number: { kind: 'new' }, plan: 'BIZ' },
      }),
      201,
      'add member',
    );
    list.push(m.member.msisdn.slice(1));
  }
  const top = await ok(
    invoke('POST', `/v1/groups/${groupId}/members/${admin}/top-ups`, {
      claims: adminClaims,
      headers: key(),
      body: { method: 'bank-transfer', amount: eur(credit) },
    }),
    201,
    'bank top-up',
  );
  await ok(
    invoke('POST', '/v1/payments', {
      claims: claims.psp(tenantId),
      headers: key(),
      body: { paymentId: `BENCH-${unique()}`, amount: eur(credit), reference: top.paymentReference },
    }),
    201,
    'payment',
  );
  return { groupId, admin, members: list, claims: adminClaims };
}

const transferOnce = (invoke: Invoke, g: BenchGroup, i: number) =>
  invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
    claims: g.claims,
    headers: key(),
    body: { from: `+${g.admin}`, to: `+${g.members[i % g.members.length]}`, amount: eur(1) },
  });

export async function pool<T>(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= count) return;
        out[i] = await work(i);
      }
    }),
  );
  return out;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const progress = (line: string) => process.stderr.write(`  … money: ${line}\n`);

// ----- the benchmark -------------------------------------------------------------------------------

export const MONEY_LOAD = { sequential: 300, concurrent: 800, concurrency: 16 };

export async function benchMoney(): Promise<MoneyFigure[]> {
  const { invoke, claims } = await import('../support/invoke.ts');
  const { dynamoClient } = await import('../../shared/db/client.ts');
  const figures: MoneyFigure[] = [];
  const tenantId = `bench-money-${randomBytes(3).toString('hex')}`;

  progress('set-up (tenant, catalog, groups through the routes)');
  await ok(
    invoke('POST', '/v1/tenants', {
      claims: claims.platform(),
      body: {
        tenantId,
        name: 'Bench Mobile',
        country: 'SI',
        locales: ['sl', 'en'],
        currency: 'EUR',
        timeZone: 'Europe/Ljubljana',
        vatRateBasisPoints: 2200,
        invoiceSeriesPrefix: 'BM-',
      },
    }),
    201,
    'tenant',
  );
  await ok(
    invoke('PUT', '/v1/catalog', { claims: claims.operator(tenantId), body: CATALOG }),
    200,
    'catalog',
  );
  const main = await setUpGroup(invoke, claims, tenantId, 4, 1_000_000_000);

  // Warm-up: modules loaded, tenant cached, JIT warm.
  await pool(30, 4, (i) => transferOnce(invoke, main, i));

  // ----- DynamoDB requests per command (one call each, tenant settings cached as in a warm Lambda) ---
  const counter = countDynamoRequests(dynamoClient());
  const measure = async (name: string, call: () => Promise<unknown>) => {
    counter.reset();
    await call();
    const counts = counter.counts();
    const detail = Object.entries(counts)
      .map(([op, n]) => `${op} ${n}`)
      .join(', ');
    figures.push({
      name: `DynamoDB requests: ${name} (${detail})`,
      value: counter.total(),
      unit: 'requests',
    });
    return counts;
  };
  try {
    const transferCounts = await measure('one transfer', () =>
      ok(transferOnce(invoke, main, 0), 201, 'transfer'),
    );
    figures.push({
      name: 'TransactWriteItems per transfer',
      value: transferCounts.TransactWriteItems ?? 0,
      unit: 'transactions',
    });
    const m = main.members[0]!;
    await measure('balance read', () =>
      ok(
        invoke('GET', `/v1/groups/${main.groupId}/members/${m}/balance`, { claims: main.claims }),
        200,
        'balance',
      ),
    );
    await measure('statement page', () =>
      ok(
        invoke('GET', `/v1/groups/${main.groupId}/statement?limit=50`, { claims: main.claims }),
        200,
        'statement',
      ),
    );
    let reference = '';
    await measure('bank top-up (pending)', async () => {
      const t = await ok(
        invoke('POST', `/v1/groups/${main.groupId}/members/${m}/top-ups`, {
          claims: main.claims,
          headers: key(),
          body: { method: 'bank-transfer', amount: eur(500) },
        }),
        201,
        'bank top-up',
      );
      reference = t.paymentReference;
    });
    await measure('payment matched to a top-up', () =>
      ok(
        invoke('POST', '/v1/payments', {
          claims: claims.psp(tenantId),
          headers: key(),
          body: { paymentId: `BENCH-${unique()}`, amount: eur(500), reference },
        }),
        201,
        'payment',
      ),
    );
    await measure('payment unmatched', () =>
      ok(
        invoke('POST', '/v1/payments', {
          claims: claims.psp(tenantId),
          headers: key(),
          body: { paymentId: `BENCH-${unique()}`, amount: eur(5) },
        }),
        201,
        'payment',
      ),
    );
    await measure('PayPal top-up', () =>
      ok(
        invoke('POST', `/v1/groups/${main.groupId}/members/${m}/top-ups`, {
          claims: main.claims,
          headers: key(),
          body: { method: 'paypal', amount: eur(500), orderId: `ORDER-${unique()}` },
        }),
        201,
        'paypal',
      ),
    );
    const batch = await ok(
      invoke('POST', '/v1/voucher-batches', {
        claims: claims.operator(tenantId),
        body: { value: eur(1_000), count: 2, validUntil: '2099-12-31' },
      }),
      201,
      'vouchers',
    );
    await measure('voucher redemption', () =>
      ok(
        invoke('POST', `/v1/groups/${main.groupId}/members/${m}/top-ups`, {
          claims: main.claims,
          headers: key(),
          body: { method: 'voucher', code: batch.codes[0] },
        }),
        201,
        'voucher',
      ),
    );

    // ----- throughput --------------------------------------------------------------------------------
    const { sequential, concurrent, concurrency } = MONEY_LOAD;
    progress(`${sequential} transfers, one at a time`);
    counter.reset();
    let t0 = performance.now();
    for (let i = 0; i < sequential; i++) await ok(transferOnce(invoke, main, i), 201, 'transfer');
    let seconds = (performance.now() - t0) / 1000;
    figures.push({
      name: 'transfers per second, sequential (one group)',
      value: round1(sequential / seconds),
      unit: 'transfers/s',
    });
    figures.push({
      name: 'mean transfer latency, sequential',
      value: round1((seconds * 1000) / sequential),
      unit: 'ms',
    });

    progress(`${concurrent} transfers, ${concurrency} at a time, one group`);
    counter.reset();
    t0 = performance.now();
    let results = await pool(concurrent, concurrency, (i) => transferOnce(invoke, main, i));
    seconds = (performance.now() - t0) / 1000;
    const okOne = results.filter((r) => r.status === 201).length;
    figures.push({
      name: `transfers per second, concurrency ${concurrency} (one group)`,
      value: round1(okOne / seconds),
      unit: 'transfers/s',
    });
    figures.push({
      name: `failed transfers, concurrency ${concurrency} (one group)`,
      value: concurrent - okOne,
      unit: 'transfers',
    });
    figures.push({
      name: `DynamoDB requests per transfer, concurrency ${concurrency} (one group; contention retries included)`,
      value: round1(counter.total() / concurrent),
      unit: 'requests',
    });

    progress(`set-up of ${concurrency} more groups`);
    const groups: BenchGroup[] = [];
    for (let i = 0; i < concurrency; i++)
      groups.push(await setUpGroup(invoke, claims, tenantId, 1, 1_000_000));
    progress(`${concurrent} transfers, ${concurrency} at a time, ${concurrency} groups (one lane each)`);
    counter.reset();
    t0 = performance.now();
    const perLane = Math.ceil(concurrent / concurrency);
    results = (
      await Promise.all(
        groups.map(async (g) => {
          const out = [];
          for (let i = 0; i < perLane; i++) out.push(await transferOnce(invoke, g, i));
          return out;
        }),
      )
    ).flat();
    seconds = (performance.now() - t0) / 1000;
    const okMany = results.filter((r) => r.status === 201).length;
    figures.push({
      name: `transfers per second, concurrency ${concurrency} (${concurrency} groups)`,
      value: round1(okMany / seconds),
      unit: 'transfers/s',
    });
    figures.push({
      name: `failed transfers, concurrency ${concurrency} (${concurrency} groups)`,
      value: results.length - okMany,
      unit: 'transfers',
    });
    figures.push({
      name: `DynamoDB requests per transfer, concurrency ${concurrency} (${concurrency} groups)`,
      value: round1(counter.total() / results.length),
      unit: 'requests',
    });
  } finally {
    counter.stop();
  }
  return figures;
}

// ----- standalone ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { ensureTable, startDynamoDbLocal } = await import('../../infra/local/dynamodb.ts');
  process.stderr.write('  … starting DynamoDB Local (in memory)\n');
  const ddb = await startDynamoDbLocal();
  try {
    Object.assign(process.env, {
      RUNTIME: 'local',
      DYNAMODB_ENDPOINT: ddb.endpoint,
      TABLE_NAME: `bench-${randomBytes(4).toString('hex')}`,
      AWS_REGION: 'eu-central-1',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      POWERTOOLS_DEV: 'false',
    });
    await ensureTable(ddb.endpoint, process.env.TABLE_NAME!);
    const figures = await benchMoney();
    const width = Math.max(...figures.map((f) => f.name.length));
    process.stdout.write('Money benchmark (DynamoDB Local, in memory)\n');
    for (const f of figures)
      process.stdout.write(`${f.name.padEnd(width)}  ${String(f.value).padStart(8)} ${f.unit}\n`);
  } finally {
    await ddb.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`money bench failed: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
