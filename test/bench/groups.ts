import { randomBytes } from 'node:crypto';
import { LOAD_HEAD, type LocalApi, loadRow, startLocalApi } from './api.ts';
import {
  type Figure,
  type LoadResult,
  loadTest,
  median,
  ms,
  percentile,
  perSecond,
  pool,
  progress,
  round,
  type SectionResult,
  table,
} from './support.ts';

/** Groups performance: add-member under load, and a 10,000-member group read page by page. */
export const GROUPS_LOAD = {
  /** Adds before measuring: the handler modules load and compile, DynamoDB Local warms up. */
  warmup: 20,
  /** One connection: the latency of one add with nothing else going on. */
  sequential: 200,
  /** 16 connections on one group: every add also updates the group's profile (member and plan counts). */
  connections: 16,
  concurrent: 600,
  /** The same load spread round robin over this many groups. */
  spreadGroups: 16,
  groupSize: 10_000,
  pageSizes: [200, 50],
};

const TENANT = 'bench-groups';
const PLAN = 'BENCH-M';
const RANGE = { from: '+38640100000', to: '+38640199999' };
/** Numbers of the members written by the seeding path: outside the tenant's range for new numbers. */
const SEED_BASE = 38641000000;

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A tenant of its own: one plan without a per-group limit, a connection fee, 100,000 new numbers. */
const BENCH_CATALOG = {
  plans: [
    {
      code: PLAN,
      name: { sl: 'Paket M', en: 'Plan M' },
      monthlyFee: eur(1990),
      included: { voiceMinutes: null, sms: null, dataMb: 10_000 },
      tariffModel: 'STD',
      rank: 1,
    },
  ],
  fees: [
    {
      code: 'CONN',
      kind: 'connection',
      name: { en: 'Connection fee' },
      explanation: { en: 'One-time fee for connecting a new number.' },
      amount: eur(1500),
    },
  ],
  creditLimits: [{ tariffModel: 'STD', limit: eur(5000) }],
  numberRanges: [RANGE],
};

const key = () => `bench-${randomBytes(12).toString('hex')}`;

interface Group {
  groupId: string;
  /** Admin number, digits only. */
  admin: string;
  token: string;
}

/** The few response fields the bench reads. */
interface Reply {
  group?: { groupId: string; memberCount: number };
  admin?: { msisdn: string };
  memberCount?: number;
  items?: { msisdn: string }[];
  nextCursor?: string;
}

async function call(
  api: LocalApi,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Reply }> {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Reply };
}

function expectStatus(what: string, res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 600)}`,
    );
  }
}

/** The bench tenant and its catalog, through the API (platform, then operator). Idempotent. */
async function setUpTenant(api: LocalApi): Promise<string> {
  const platform = await api.token({ role: 'platform' });
  const created = await call(api, 'POST', '/v1/tenants', platform, {
    tenantId: TENANT,
    name: 'Bench operator',
    country: 'SI',
    locales: ['sl', 'en'],
    currency: 'EUR',
    timeZone: 'Europe/Ljubljana',
    vatRateBasisPoints: 2200,
    invoiceSeriesPrefix: 'BEN-',
  });
  if (created.status !== 409) expectStatus('create the bench tenant', created, 201);
  const operator = await api.token({ role: 'operator', tenant: TENANT });
  expectStatus('put the bench catalog', await call(api, 'PUT', '/v1/catalog', operator, BENCH_CATALOG), 200);
  return operator;
}

async function registerGroup(api: LocalApi, operator: string, n: number): Promise<Group> {
  const res = await call(
    api,
    'POST',
    '/v1/groups',
    operator,
    {
      company: {
        legalName: `Bench ${n} d.o.o.`,
        registrationNumber: `B${randomBytes(6).toString('hex').toUpperCase()}`,
        vatId: 'SI50223054',
        address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
      },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/bench' },
      },
      iban: 'SI56 1910 0000 0123 438',
      billingEmail: 'billing@bench.example',
      language: 'sl',
      admin: { number: { kind: 'new' }, plan: PLAN },
    },
    { 'idempotency-key': key() },
  );
  expectStatus('register a group', res, 201);
  const groupId = res.body.group!.groupId;
  const admin = res.body.admin!.msisdn.slice(1);
  const token = await api.token({ role: 'admin', tenant: TENANT, group: groupId, msisdn: admin });
  return { groupId, admin, token };
}

const ADD_BODY = JSON.stringify({ number: { kind: 'new' }, plan: PLAN, label: 'bench' });

const addHeaders = (g: Group) => ({
  authorization: `Bearer ${g.token}`,
  'content-type': 'application/json',
  // autocannon puts a fresh id here on every request (`idReplacement`).
  'idempotency-key': 'bench-[<id>]',
});

async function memberCount(api: LocalApi, g: Group): Promise<number> {
  const res = await call(api, 'GET', `/v1/groups/${g.groupId}`, g.token);
  expectStatus('read the group', res, 200);
  return res.body.memberCount!;
}

/**
 * The fast seeding path: member items written with BatchWriteItem, each a copy of a member the API
 * created (same attributes, the repository's key builders, another number), then the group's
 * counts raised by the same amount. Only what the member list reads is written: no number
 * ownership, audit, charge or outbox items (adding 10,000 members through the API one transaction
 * at a time on one group would take minutes here).
 */
async function seedMembers(g: Group, count: number): Promise<number> {
  const { BatchWriteCommand, UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
  const { db, tableName } = await import('../../shared/db/client.ts');
  const { groupKeys, memberKeys } = await import('../../shared/groups/keys.ts');
  const { dynamoGroupRepository } = await import('../../shared/groups/dynamo.ts');
  const template = await dynamoGroupRepository.getMember(TENANT, g.groupId, `+${g.admin}`);
  if (!template) throw new Error('the admin member is not readable through the repository');
  const items = Array.from({ length: count }, (_, i) => {
    const digits = String(SEED_BASE + i);
    return {
      ...memberKeys.member(TENANT, g.groupId, digits),
      ...memberKeys.planEntry(TENANT, PLAN, g.groupId, digits),
      entity: 'Member',
      ...template,
      msisdn: `+${digits}`,
      role: 'member',
      label: `seeded ${i}`,
    };
  });
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  const started = performance.now();
  await pool(batches, 4, async (batch) => {
    let pending: Record<string, unknown>[] = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
      const out = await db().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: pending as never } }),
      );
      pending = (out.UnprocessedItems?.[tableName()] ?? []) as Record<string, unknown>[];
    }
  });
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: groupKeys.profile(TENANT, g.groupId),
      UpdateExpression: 'SET memberCount = memberCount + :n, planCounts.#p = planCounts.#p + :n',
      ExpressionAttributeNames: { '#p': PLAN },
      ExpressionAttributeValues: { ':n': count },
    }),
  );
  return performance.now() - started;
}

interface PagedRead {
  limit: number;
  pages: number;
  items: number;
  distinct: number;
  totalMs: number;
  pageP50: number;
  pageP99: number;
  itemsPerSecond: number;
}

/** `GET /v1/groups/{id}/members?limit=…` following `nextCursor` to the end, as the admin. */
async function readAll(api: LocalApi, g: Group, limit: number): Promise<PagedRead> {
  const seen = new Set<string>();
  const pageTimes: number[] = [];
  let items = 0;
  let cursor: string | undefined;
  const started = performance.now();
  do {
    const qs = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const t0 = performance.now();
    const res = await call(api, 'GET', `/v1/groups/${g.groupId}/members?${qs}`, g.token);
    pageTimes.push(performance.now() - t0);
    expectStatus('read a page of members', res, 200);
    const page = res.body.items ?? [];
    for (const m of page) seen.add(m.msisdn);
    items += page.length;
    cursor = res.body.nextCursor;
  } while (cursor);
  const totalMs = performance.now() - started;
  return {
    limit,
    pages: pageTimes.length,
    items,
    distinct: seen.size,
    totalMs: round(totalMs, 1),
    pageP50: round(median(pageTimes), 2),
    pageP99: round(percentile(pageTimes, 99), 2),
    itemsPerSecond: Math.round(items / (totalMs / 1000)),
  };
}

function statusSummary(r: LoadResult): string {
  return Object.entries(r.status)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
}

export async function benchGroups(): Promise<SectionResult | string> {
  const { routes } = await import('../../functions/registry.ts');
  const needed = ['registerGroup', 'getGroup', 'addMember', 'listMembers'];
  const missing = needed.filter((id) => !routes.some((r) => r.operationId === id));
  if (missing.length)
    return `groups: not available (no route ${missing.join(', ')} in functions/registry.ts yet)`;

  const api = await startLocalApi();
  try {
    progress('groups: bench tenant, catalog and groups through the API');
    const operator = await setUpTenant(api);
    const main = await registerGroup(api, operator, 0);
    const spread = await pool(
      Array.from({ length: GROUPS_LOAD.spreadGroups }, (_, i) => i + 1),
      2,
      (n) => registerGroup(api, operator, n),
    );

    const url = `${api.url}/v1/groups/${main.groupId}/members`;
    for (let i = 0; i < GROUPS_LOAD.warmup; i++) {
      const res = await call(
        api,
        'POST',
        `/v1/groups/${main.groupId}/members`,
        main.token,
        JSON.parse(ADD_BODY),
        {
          'idempotency-key': key(),
        },
      );
      expectStatus('add a member (warm-up)', res, 201);
    }

    const { connections, sequential, concurrent } = GROUPS_LOAD;
    const base = { url, method: 'POST' as const, body: ADD_BODY, idReplacement: true, timeout: 30 };
    progress(`groups: add-member, 1 connection, ${sequential} requests`);
    const one = await loadTest({ ...base, connections: 1, amount: sequential, headers: addHeaders(main) });
    progress(`groups: add-member, ${connections} connections on one group, ${concurrent} requests`);
    const hot = await loadTest({ ...base, connections, amount: concurrent, headers: addHeaders(main) });
    progress(
      `groups: add-member, ${connections} connections over ${spread.length} groups, ${concurrent} requests`,
    );
    const wide = await loadTest({
      ...base,
      connections,
      amount: concurrent,
      rotate: spread.map((g) => ({
        path: `/v1/groups/${g.groupId}/members`,
        headers: addHeaders(g),
        body: ADD_BODY,
      })),
    });

    // Every 201 must be one more member, and nothing else may have been written.
    const added = (one.status['201'] ?? 0) + (hot.status['201'] ?? 0);
    const counted = await memberCount(api, main);
    if (counted !== 1 + GROUPS_LOAD.warmup + added) {
      throw new Error(
        `group ${main.groupId}: memberCount ${counted}, expected ${1 + GROUPS_LOAD.warmup + added}`,
      );
    }
    const spreadCounted = (await Promise.all(spread.map((g) => memberCount(api, g)))).reduce(
      (a, b) => a + b,
      0,
    );
    if (spreadCounted !== spread.length + (wide.status['201'] ?? 0)) {
      throw new Error(
        `spread groups: ${spreadCounted} members, expected ${spread.length + (wide.status['201'] ?? 0)}`,
      );
    }

    const topUp = GROUPS_LOAD.groupSize - counted;
    progress(`groups: seeding ${topUp} more members (batch writes) to reach ${GROUPS_LOAD.groupSize}`);
    const seedMs = await seedMembers(main, topUp);
    const size = await memberCount(api, main);

    const reads: PagedRead[] = [];
    for (const limit of GROUPS_LOAD.pageSizes) {
      progress(`groups: reading the ${size}-member group, ${limit} per page`);
      const read = await readAll(api, main, limit);
      if (read.items !== size || read.distinct !== size) {
        throw new Error(`read ${read.items} items (${read.distinct} distinct) of a ${size}-member group`);
      }
      reads.push(read);
    }

    const lines = table(
      [...LOAD_HEAD, 'statuses'],
      [
        [...loadRow('add member, 1 connection, 1 group', one), statusSummary(one)],
        [...loadRow(`add member, ${connections} conns, 1 group`, hot), statusSummary(hot)],
        [...loadRow(`add member, ${connections} conns, ${spread.length} groups`, wide), statusSummary(wide)],
      ],
      [1, 2, 3, 4, 5, 6],
    );
    lines.push(
      '',
      ...table(
        ['read a 10,000-member group', 'pages', 'items', 'total', 'page p50', 'page p99', 'items/s'],
        reads.map((r) => [
          `GET …/members?limit=${r.limit}`,
          String(r.pages),
          String(r.items),
          ms(r.totalMs, 0),
          ms(r.pageP50),
          ms(r.pageP99),
          perSecond(r.itemsPerSecond),
        ]),
        [1, 2, 3, 4, 5, 6],
      ),
      '',
      `group ${main.groupId}: ${counted} members added through the API, ${topUp} seeded in ${ms(seedMs, 0)}; ` +
        `memberCount ${size}; every page read returned distinct members`,
    );

    const figures: Figure[] = [
      { name: 'add member p50 (1 connection)', value: one.latency.p50, unit: 'ms' },
      { name: 'add member p99 (1 connection)', value: one.latency.p99, unit: 'ms' },
      { name: 'add member throughput (1 connection)', value: round(one.throughput, 1), unit: 'req/s' },
      { name: `add member p50 (${connections} connections, 1 group)`, value: hot.latency.p50, unit: 'ms' },
      { name: `add member p99 (${connections} connections, 1 group)`, value: hot.latency.p99, unit: 'ms' },
      {
        name: `add member throughput (${connections} connections, 1 group)`,
        value: round(hot.throughput, 1),
        unit: 'req/s',
      },
      {
        name: `add member non-2xx (${connections} connections, 1 group)`,
        value: hot.non2xx + hot.errors,
        unit: 'requests',
      },
      {
        name: `add member p50 (${connections} connections, ${spread.length} groups)`,
        value: wide.latency.p50,
        unit: 'ms',
      },
      {
        name: `add member p99 (${connections} connections, ${spread.length} groups)`,
        value: wide.latency.p99,
        unit: 'ms',
      },
      {
        name: `add member throughput (${connections} connections, ${spread.length} groups)`,
        value: round(wide.throughput, 1),
        unit: 'req/s',
      },
      ...reads.flatMap((r) => [
        { name: `read 10,000 members, limit ${r.limit}: total`, value: r.totalMs, unit: 'ms' },
        { name: `read 10,000 members, limit ${r.limit}: pages`, value: r.pages, unit: 'pages' },
        { name: `read 10,000 members, limit ${r.limit}: items/s`, value: r.itemsPerSecond, unit: 'items/s' },
        { name: `read 10,000 members, limit ${r.limit}: page p99`, value: r.pageP99, unit: 'ms' },
      ]),
    ];
    return {
      title: 'Groups: add member and a 10,000-member group, through the local API',
      method: [
        `POST /v1/groups/{id}/members (new number, plan ${PLAN}, fresh Idempotency-Key each) with autocannon against createLocalServer,`,
        `  admin token, fixed request counts after ${GROUPS_LOAD.warmup} warm-up adds; tenant "${TENANT}" and groups made through the API`,
        `10,000 members: the API-added ones plus member items batch-written by the bench (copies of a real member item, the repository's`,
        `  key builders, group counts raised to match; no ownership/audit/charge/outbox items), then read page by page through the API`,
      ],
      lines,
      figures,
      data: {
        load: GROUPS_LOAD,
        groupId: main.groupId,
        addMember: { one, hot, wide },
        seededMembers: topUp,
        seedMs,
        reads,
      },
    };
  } finally {
    await api.close();
  }
}
