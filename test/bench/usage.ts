/**
 * Usage benchmark against DynamoDB Local, through the real handlers in-process:
 * - ingest: records/s, DynamoDB write requests and write capacity units per record, for batches
 *   that spread over many numbers (one record per number: the worst case for batching) and for
 *   batches that repeat numbers (mediation files of a busy cell);
 * - authorization: p50/p99 at concurrency 16, next to DynamoDB Local's own GetItem p50/p99 measured
 *   in the same run at the same concurrency.
 */
import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { usageCatalog } from '../support/rating-catalog.ts';
import { benchRegistration, countDynamoRequests, key, ok, pool, unique } from './money.ts';
import { percentile } from './support.ts';

export interface UsageFigure {
  name: string;
  value: number;
  unit: string;
  overAim?: string;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const progress = (line: string) => process.stderr.write(`  … usage: ${line}\n`);
const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

const WRITES = new Set(['TransactWriteItems', 'BatchWriteItem', 'PutItem', 'UpdateItem', 'DeleteItem']);

/** DynamoDB's size of a document-client value: names and values in UTF-8, numbers ~ digits / 2 + 1. */
function sizeOf(v: unknown): number {
  if (v === null || v === undefined || typeof v === 'boolean') return 1;
  if (typeof v === 'string') return Buffer.byteLength(v);
  if (typeof v === 'number') return Math.ceil(String(Math.abs(v)).replace('.', '').length / 2) + 1;
  if (Array.isArray(v)) return 3 + v.reduce((n: number, x) => n + 1 + sizeOf(x), 0);
  return (
    3 +
    Object.entries(v as Record<string, unknown>).reduce(
      (n, [k, x]) => n + 1 + Buffer.byteLength(k) + sizeOf(x),
      0,
    )
  );
}

const kbUnits = (item: Record<string, unknown>) => Math.max(1, Math.ceil(sizeOf(item) / 1024));
const GSIS = ['gsi1pk', 'gsi2pk'] as const;

/**
 * Write capacity units as AWS bills them, from the items written (DynamoDB Local does not report
 * them faithfully): a transactional write costs 2 × ⌈size / 1 KB⌉ per item, a standard write 1 ×,
 * and each GSI the item is in one more write of its size; updates and condition checks count their
 * key at 1 KB (the usage item is written whole, as a Put).
 */
function countCapacity(client: DynamoDBClient) {
  const name = `usage-bench-wcu-${randomBytes(3).toString('hex')}`;
  let wcu = 0;
  const put = (item: Record<string, unknown>, factor: number) => {
    const units = kbUnits(item);
    wcu += factor * units + GSIS.filter((g) => item[g] !== undefined).length * units;
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = String(context.commandName ?? '').replace(/Command$/, '');
      // biome-ignore lint/suspicious/noExplicitAny: the SDK inputs of several commands, read field by field
      const input = args.input as Record<string, any>;
      if (op === 'TransactWriteItems')
        for (const t of input.TransactItems ?? []) {
          if (t.Put) put(t.Put.Item, 2);
          else wcu += 2;
        }
      if (op === 'BatchWriteItem')
        for (const reqs of Object.values(input.RequestItems ?? {}) as {
          PutRequest?: { Item: Record<string, unknown> };
        }[][])
          for (const r of reqs) if (r.PutRequest) put(r.PutRequest.Item, 1);
      if (op === 'PutItem') put(input.Item, 1);
      if (op === 'UpdateItem' || op === 'DeleteItem') wcu += 1;
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    total: () => wcu,
    reset: () => {
      wcu = 0;
    },
    stop: () => client.middlewareStack.remove(name),
  };
}

export const USAGE_LOAD = {
  numbers: 200,
  spreadBatches: 5,
  repeatBatches: 5,
  authorizations: 2_000,
  concurrency: 16,
};

export async function benchUsage(load = USAGE_LOAD): Promise<UsageFigure[]> {
  const { invoke, claims } = await import('../support/invoke.ts');
  const { dynamoClient, db, tableName } = await import('../../shared/db/client.ts');
  const { numberKeys } = await import('../../shared/groups/keys.ts');
  const figures: UsageFigure[] = [];
  const tenantId = `bench-usage-${randomBytes(3).toString('hex')}`;

  progress(`set-up (tenant, catalog, a group of ${load.numbers} numbers through the routes)`);
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
        invoiceSeriesPrefix: 'BU-',
      },
    }),
    201,
    'tenant',
  );
  // A limit no benchmark record reaches: every record is rated, none is refused.
  const catalog = { ...usageCatalog, creditLimits: [{ tariffModel: 'A', limit: eur(100_000_000) }] };
  await ok(
    invoke('PUT', '/v1/catalog', { claims: claims.operator(tenantId), body: catalog }),
    200,
    'catalog',
  );
  const reg = await ok(
    invoke('POST', '/v1/groups', {
      claims: claims.operator(tenantId),
      headers: key(),
      body: benchRegistration('M'),
    }),
    201,
    'register group',
  );
  const groupId: string = reg.group.groupId;
  const admin = claims.admin(tenantId, groupId, reg.admin.msisdn.slice(1));
  const numbers: string[] = [];
  for (let i = 0; i < load.numbers; i++) {
    const m = await ok(
      invoke('POST', `/v1/groups/${groupId}/members`, {
        claims: admin,
        headers: key(),
        body: { number: { kind: 'new' }, plan: i % 2 ? 'M' : 'UNL' },
      }),
      201,
      'add member',
    );
    numbers.push(m.member.msisdn as string);
  }

  const mediation = claims.mediation(tenantId);
  const kinds = [
    { type: 'voice', counterpart: '+38640100999', quantity: 185 },
    { type: 'sms', counterpart: '+38761000000', quantity: 1 },
    { type: 'data', quantity: 7 * 1_048_576 + 1234 },
    { type: 'voice', counterpart: '+38761123456', quantity: 61 },
    { type: 'data', visitedCountry: 'RS', quantity: 3 * 1_048_576 },
  ];
  let n = 0;
  const recordFor = (msisdn: string) => ({
    recordId: `BENCH-${unique()}-${++n}`,
    msisdn,
    startedAt: new Date().toISOString(),
    ...kinds[n % kinds.length]!,
  });
  const send = (records: unknown[]) =>
    ok(invoke('POST', '/v1/usage-records', { claims: mediation, body: { records } }), 200, 'ingest');

  // Warm-up: modules loaded, tenant and catalog cached, JIT warm.
  await send(numbers.slice(0, 20).map(recordFor));

  const counter = countDynamoRequests(dynamoClient());
  const capacity = countCapacity(dynamoClient());
  try {
    const scenario = async (label: string, batches: unknown[][]) => {
      const records = batches.reduce((s, b) => s + b.length, 0);
      counter.reset();
      capacity.reset();
      const t0 = performance.now();
      let accepted = 0;
      for (const batch of batches) accepted += (await send(batch)).accepted;
      const seconds = (performance.now() - t0) / 1000;
      if (accepted !== records) throw new Error(`${label}: ${accepted} of ${records} records accepted`);
      const counts = counter.counts();
      const writes = Object.entries(counts)
        .filter(([op]) => WRITES.has(op))
        .reduce((s, [, v]) => s + v, 0);
      const perRecord = writes / records;
      const detail = Object.entries(counts)
        .map(([op, v]) => `${op} ${v}`)
        .join(', ');
      figures.push(
        {
          name: `ingest ${label}: records/s (sequential batches)`,
          value: Math.round(records / seconds),
          unit: 'records/s',
        },
        {
          name: `ingest ${label}: DynamoDB write requests per record (${detail})`,
          value: round(perRecord, 3),
          unit: 'requests',
          ...(perRecord > 1.2 ? { overAim: 'aim ≤ 1.2' } : {}),
        },
        {
          name: `ingest ${label}: write capacity units per record (as AWS bills them, from the item sizes)`,
          value: round(capacity.total() / records),
          unit: 'WCU',
        },
      );
      const dup = performance.now();
      for (const batch of batches) await send(batch);
      figures.push({
        name: `ingest ${label}: the same batches again (all duplicates): records/s`,
        value: Math.round(records / ((performance.now() - dup) / 1000)),
        unit: 'records/s',
      });
    };

    progress(`ingest: ${load.spreadBatches} batches of ${load.numbers} records, one per number`);
    await scenario(
      `${load.numbers} numbers × 1 record per batch`,
      Array.from({ length: load.spreadBatches }, () => numbers.map(recordFor)),
    );
    progress(`ingest: ${load.repeatBatches} batches of 1,000 records over 20 numbers`);
    await scenario(
      '20 numbers × 50 records per batch',
      Array.from({ length: load.repeatBatches }, () =>
        Array.from({ length: 1000 }, (_, i) => recordFor(numbers[i % 20]!)),
      ),
    );
  } finally {
    counter.stop();
    capacity.stop();
  }

  // ----- authorization next to GetItem, same concurrency, same run -------------------------------
  progress(`authorization: ${load.authorizations} requests at concurrency ${load.concurrency}`);
  const authorize = (i: number) =>
    ok(
      invoke('POST', '/v1/usage-authorizations', {
        claims: mediation,
        body: {
          msisdn: numbers[i % numbers.length],
          type: 'voice',
          counterpart: '+38761123456',
          quantity: 600,
        },
      }),
      200,
      'authorize',
    );
  await pool(200, load.concurrency, authorize);
  const timed = async (work: (i: number) => Promise<unknown>) => {
    const samples = await pool(load.authorizations, load.concurrency, async (i) => {
      const t = performance.now();
      await work(i);
      return performance.now() - t;
    });
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  };
  const getItem = (i: number) =>
    db().send(
      new GetCommand({
        TableName: tableName(),
        Key: numberKeys.ownership(tenantId, numbers[i % numbers.length]!.slice(1)),
        ConsistentRead: true,
      }),
    );
  // The use case alone (what DynamoDB costs it), and the Lambda handler called as Lambda calls it
  // (the same event, without the test harness's contract checks).
  const { authorizeUsage } = await import('../../shared/usage/use-cases/authorize-usage.ts');
  const { usageDeps } = await import('../../functions/wiring.ts');
  const { cachedTenant } = await import('../../shared/tenants/cached-tenant.ts');
  const { toApiEvent, localContext } = await import('../../infra/local/api-event.ts');
  const { handler } = (await import('../../functions/usage/authorize-usage.ts')) as unknown as {
    handler: (event: unknown, context: unknown) => Promise<{ statusCode: number }>;
  };
  const tenant = (await cachedTenant(tenantId))!;
  const actor = { principal: { role: 'mediation' as const, tenantId, subject: 'bench-mediation' }, tenant };
  const request = (i: number) => ({
    msisdn: numbers[i % numbers.length]!,
    type: 'voice' as const,
    counterpart: '+38761123456',
    quantity: 600,
  });
  const useCase = (i: number) => authorizeUsage(usageDeps, actor as never, request(i));
  const lambda = async (i: number) => {
    const event = toApiEvent(
      { method: 'POST', path: '/v1/usage-authorizations' },
      {
        method: 'POST',
        path: '/v1/usage-authorizations',
        rawQueryString: '',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request(i)),
        claims: mediation,
      },
      {},
    );
    const res = await handler(event, localContext('authorizeUsage'));
    if (res.statusCode !== 200) throw new Error(`authorization: ${res.statusCode}`);
  };
  await pool(200, load.concurrency, getItem);
  await pool(200, load.concurrency, useCase);
  await pool(200, load.concurrency, lambda);
  const get = await timed(getItem);
  const core = await timed(useCase);
  const viaHandler = await timed(lambda);
  const auth = await timed(authorize);
  const aim = (p99: number) =>
    p99 > 2 * get.p99 ? { overAim: `aim ≤ 2 × GetItem p99 (${round(2 * get.p99)} ms)` } : {};
  figures.push(
    { name: `GetItem p50 at concurrency ${load.concurrency}`, value: round(get.p50), unit: 'ms' },
    { name: `GetItem p99 at concurrency ${load.concurrency}`, value: round(get.p99), unit: 'ms' },
    {
      name: `authorization (use case) p50 at concurrency ${load.concurrency}`,
      value: round(core.p50),
      unit: 'ms',
    },
    {
      name: `authorization (use case) p99 at concurrency ${load.concurrency}`,
      value: round(core.p99),
      unit: 'ms',
      ...aim(core.p99),
    },
    {
      name: `authorization (Lambda handler) p50 at concurrency ${load.concurrency}`,
      value: round(viaHandler.p50),
      unit: 'ms',
    },
    {
      name: `authorization (Lambda handler) p99 at concurrency ${load.concurrency}`,
      value: round(viaHandler.p99),
      unit: 'ms',
      ...aim(viaHandler.p99),
    },
    {
      name: 'authorization (Lambda handler) p99 / GetItem p99',
      value: round(viaHandler.p99 / get.p99),
      unit: '×',
    },
    {
      name: `authorization (test harness: handler + contract checks) p99 at concurrency ${load.concurrency}`,
      value: round(auth.p99),
      unit: 'ms',
    },
  );
  return figures;
}
