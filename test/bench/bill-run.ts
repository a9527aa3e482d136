/**
 * Bill-run benchmark against DynamoDB Local: the monthly run of one tenant for a closed period,
 * `BENCH_BILL_GROUPS` groups (default 10,000) of 10 numbers each with a month of usage, through the
 * real code: `startBillRun` (collection into the run's shards, then every group queued), the
 * invoicing workers (`functions/invoices/on-invoicing.ts`, the registry's `invoicing` entry) fed
 * by a local queue opened in this process with a bounded number of batches at once
 * (`BENCH_BILL_CONCURRENCY`, default `4,8`: one run per value, each on a tenant of its own), until
 * the run is `completed`.
 *
 * Seeding writes the items directly with BatchWriteItem (25 per request, several requests at once,
 * unprocessed items sent again), in the shapes the repositories write, with their key builders:
 * the tenant and its catalog through their use cases (created before the period, so the catalog
 * in force at the period's end is a version of its own), and per group the profile with its GSI1
 * list entry (what the run collects from), 10 members (the admin and 9) with the `group.registered`
 * and `member.added` audit entries inside the period (the subscription history starts there), and
 * each number's period usage with a few charged lines. Items the run never reads (the registration
 * and number ownership guards, balances, the outbox of the registrations) are left out.
 *
 * Measured per run: wall time per stage, groups/s, DynamoDB requests per group by operation (an SDK
 * middleware on the functions' client), read and write capacity units per group as AWS bills them
 * (`countCapacity`: DynamoDB Local's own figures where they are right, transactions computed from
 * the item sizes), peak RSS of this process and of DynamoDB Local. Then the
 * result is checked: every group issued, its legal numbers 1..N without a gap or a duplicate, in
 * group-id order.
 *
 * Standalone: `node --conditions=switchboard-local --import tsx test/bench/bill-run.ts` starts its own
 * DynamoDB Local; in `npm run bench -- bill-run` the harness does.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { usageCatalog } from '../support/rating-catalog.ts';
import { countDynamoRequests } from './money.ts';
import { type Figure, table } from './support.ts';

const progress = (line: string) => process.stderr.write(`  … bill-run: ${line}\n`);
const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
const MB = 1_048_576;

export interface BillRunLoad {
  groups: number;
  /** Batches of the invoicing queue delivered at once; one run per value. */
  concurrencies: number[];
}

function loadFromEnv(): BillRunLoad {
  const groups = Number(process.env.BENCH_BILL_GROUPS ?? 10_000);
  const concurrencies = (process.env.BENCH_BILL_CONCURRENCY ?? '4,8')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (!Number.isInteger(groups) || groups < 1)
    throw new Error('BENCH_BILL_GROUPS must be a positive integer');
  if (!concurrencies.length) throw new Error('BENCH_BILL_CONCURRENCY must list positive integers, e.g. 4,8');
  return { groups, concurrencies };
}

// ----- capacity units ------------------------------------------------------------------------------

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
const GSI_KEYS = ['gsi1pk', 'gsi2pk'] as const;
const ATTRIBUTE_TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS']);

/** DynamoDB's size of a value, native or marshalled: UTF-8 names and strings, numbers ~ digits / 2 + 1. */
function sizeOf(v: unknown): number {
  if (v === null || v === undefined || typeof v === 'boolean') return 1;
  if (typeof v === 'string') return Buffer.byteLength(v);
  if (typeof v === 'number') return Math.ceil(String(Math.abs(v)).replace('.', '').length / 2) + 1;
  if (Array.isArray(v)) return 3 + v.reduce((n: number, x) => n + 1 + sizeOf(x), 0);
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 1 && ATTRIBUTE_TYPES.has(entries[0]![0])) {
    const [type, inner] = entries[0]!;
    return type === 'N' ? Math.ceil(String(inner).replace(/[-.]/g, '').length / 2) + 1 : sizeOf(inner);
  }
  return 3 + entries.reduce((n, [k, x]) => n + 1 + Buffer.byteLength(k) + sizeOf(x), 0);
}

const keyOf = (key: Record<string, unknown>) => {
  const text = (v: unknown) =>
    v && typeof v === 'object' && 'S' in v ? String((v as { S: unknown }).S) : String(v);
  return `${text(key.pk)}|${text(key.sk)}`;
};
const kb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

interface Capacity {
  rcu: number;
  wcu: number;
}

/**
 * Capacity units per request. Reads and non-transactional writes: what DynamoDB Local reports
 * when asked (`ReturnConsumedCapacity: 'INDEXES'`), which is what AWS bills — ⌈size / 4 KB⌉ per
 * consistent read, ⌈size / 1 KB⌉ per item written (for an update, the larger of the item before
 * and after), once more per GSI the item is in. Transactional writes are computed from the items,
 * because DynamoDB Local reports a whole TransactWriteItems as if it were one item: 2 × ⌈size /
 * 1 KB⌉ per item, plus ⌈size / 1 KB⌉ per GSI entry; an update's item is sized as it was last put
 * in this process plus the values it sets, or 1 KB when it was never put (counters and the run's
 * item, all far below 1 KB). A request that fails (a cancelled transaction) counts nothing.
 */
function countCapacity(client: DynamoDBClient) {
  const name = `bill-run-bench-capacity-${randomBytes(3).toString('hex')}`;
  let total: Capacity = { rcu: 0, wcu: 0 };
  const sizes = new Map<string, number>();
  const remember = (item: Record<string, unknown>) => {
    const size = sizeOf(item);
    sizes.set(keyOf(item), size);
    return size;
  };
  const gsis = (item: Record<string, unknown>) => GSI_KEYS.filter((g) => item[g] !== undefined).length;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK inputs of several commands, read field by field
  const transactional = (items: any[]): number => {
    let wcu = 0;
    for (const t of items) {
      if (t.Put) {
        const units = kb(remember(t.Put.Item));
        wcu += 2 * units + gsis(t.Put.Item) * units;
      } else if (t.Update) {
        const before = sizes.get(keyOf(t.Update.Key));
        const units = kb((before ?? 0) + sizeOf(t.Update.ExpressionAttributeValues ?? {}));
        if (before !== undefined) sizes.set(keyOf(t.Update.Key), units * 1024);
        const setsGsi = /gsi\dpk/.test(String(t.Update.UpdateExpression));
        wcu += 2 * units + (setsGsi ? units : 0);
      } else wcu += 2;
    }
    return wcu;
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = String(context.commandName ?? '').replace(/Command$/, '');
      const tracked = READS.has(op) || WRITES.has(op);
      // biome-ignore lint/suspicious/noExplicitAny: the SDK inputs of several commands, read field by field
      const input = args.input as Record<string, any>;
      if (tracked) input.ReturnConsumedCapacity ??= 'INDEXES';
      if (op === 'PutItem') remember(input.Item);
      if (op === 'BatchWriteItem')
        for (const reqs of Object.values(input.RequestItems ?? {}) as {
          PutRequest?: { Item: Record<string, unknown> };
        }[][])
          for (const r of reqs) if (r.PutRequest) remember(r.PutRequest.Item);
      const out = await next(args);
      if (op === 'TransactWriteItems') total.wcu += transactional(input.TransactItems ?? []);
      else if (tracked) {
        const cc = (
          out.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }
        ).ConsumedCapacity;
        const units = (Array.isArray(cc) ? cc : cc ? [cc] : []).reduce(
          (s, c) => s + (c.CapacityUnits ?? 0),
          0,
        );
        if (READS.has(op)) total.rcu += units;
        else total.wcu += units;
      }
      return out;
    },
    { step: 'initialize', name },
  );
  return {
    total: (): Capacity => ({ ...total }),
    reset: () => {
      total = { rcu: 0, wcu: 0 };
    },
    stop: () => client.middlewareStack.remove(name),
  };
}

// ----- memory ----------------------------------------------------------------------------------------

/** VmRSS and VmHWM (peak) of a process, in MiB, from /proc (Linux). */
function procMemory(pid: number | undefined): { rss: number; peak: number; name: string } | undefined {
  if (!pid) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (f: string) =>
      Number(new RegExp(`^${f}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return {
      rss: round(field('VmRSS') / 1024, 0),
      peak: round(field('VmHWM') / 1024, 0),
      name: /^Name:\s+(\S+)/m.exec(status)?.[1] ?? '?',
    };
  } catch {
    return undefined;
  }
}

/** The largest RSS of this process seen while `stop` is not called, sampled every 200 ms. */
function sampleRss() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 200);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return round(Math.max(peak, process.memoryUsage.rss()) / 1024 ** 2, 0);
    },
  };
}

// ----- seeding ---------------------------------------------------------------------------------------

const SELLER = {
  legalName: 'Bench Operater d.o.o.',
  vatId: 'SI12345678',
  registrationNumber: '8123456000',
  address: { street: 'Trg republike 3', postalCode: '1000', city: 'Ljubljana', country: 'SI' },
  email: 'racuni@operater.example',
  iban: 'SI56263300012039086',
  bic: 'HAABSI22',
  creditorId: 'SI02ZZZ12345678',
};

const MEMBERS_PER_GROUP = 10;
/** Number of group `g`, member `m` (member 0 is the admin), in digits. */
const digitsOf = (g: number, m: number) => String(38_640_100_000 + g * MEMBERS_PER_GROUP + m);

type Item = Record<string, unknown>;

/** Writes items with BatchWriteItem, 25 per request, `parallel` requests at once, unprocessed ones again. */
async function batchWrite(
  doc: DynamoDBDocumentClient,
  table: string,
  items: Iterator<Item>,
  parallel: number,
) {
  let written = 0;
  let requests = 0;
  const take = (): Item[] => {
    const out: Item[] = [];
    for (let r = items.next(); !r.done; r = items.next()) {
      out.push(r.value);
      if (out.length === 25) break;
    }
    return out;
  };
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let batch = take(); batch.length; batch = take()) {
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        for (let attempt = 0; pending.length; attempt++) {
          if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
          if (attempt) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
          const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
          requests++;
          pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
        }
        written += batch.length;
      }
    }),
  );
  return { written, requests };
}

interface Seeded {
  tenantId: string;
  period: string;
  groupIds: string[];
  items: number;
  requests: number;
  seconds: number;
}

async function seed(tenantId: string, period: string, groups: number): Promise<Seeded> {
  const { db, tableName } = await import('../../shared/db/client.ts');
  const { TenantSettingsSchema } = await import('../../shared/kernel/tenant.ts');
  const { CatalogSchema } = await import('../../shared/catalog/domain.ts');
  const { dynamoCatalogRepository } = await import('../../shared/catalog/dynamo.ts');
  const { replaceCatalog } = await import('../../shared/catalog/use-cases/replace-catalog.ts');
  const { dynamoTenantRepository } = await import('../../shared/tenants/dynamo.ts');
  const { createTenant } = await import('../../shared/tenants/use-cases/create-tenant.ts');
  const { fixedClock } = await import('../../shared/kernel/clock.ts');
  const { newId } = await import('../../shared/kernel/ids.ts');
  const { auditKeys, groupKeys, memberKeys } = await import('../../shared/groups/keys.ts');
  const { auditEntry } = await import('../../shared/groups/records.ts');
  const { DEFAULT_SETTINGS } = await import('../../shared/groups/domain.ts');
  const { usageKeys } = await import('../../shared/usage/keys.ts');
  const { emptyPeriodUsage } = await import('../../shared/usage/ports.ts');
  const { periodWindow } = await import('../../shared/invoices/runs.ts');
  type Group = import('../../shared/groups/domain.ts').Group;
  type Member = import('../../shared/groups/domain.ts').Member;
  type PeriodUsage = import('../../shared/usage/ports.ts').PeriodUsage;
  type Actor = import('../../shared/kernel/actor.ts').Actor;

  const timeZone = 'Europe/Ljubljana';
  const window = periodWindow(period, timeZone);
  const from = Date.parse(window.from);
  // The tenant and its catalog exist a day before the period starts.
  const clock = fixedClock(new Date(from - 86_400_000).toISOString());
  const tenant = await createTenant(
    { tenants: dynamoTenantRepository, catalogs: dynamoCatalogRepository, clock },
    {
      tenantId,
      ...TenantSettingsSchema.parse({
        name: 'Bench Bill Run',
        country: 'SI',
        locales: ['sl', 'en'],
        currency: 'EUR',
        timeZone,
        vatRateBasisPoints: 2200,
        invoiceSeriesPrefix: 'BB-',
        seller: SELLER,
      }),
    },
    'bench',
  );
  clock.advance(60_000);
  await replaceCatalog(
    { catalogs: dynamoCatalogRepository, clock },
    tenant,
    CatalogSchema.parse(usageCatalog),
    'bench',
  );

  const operator: Actor = { principal: { role: 'operator', tenantId, subject: 'bench-operator' }, tenant };
  const t = tableName();
  const groupIds: string[] = [];
  const periodDays = (Date.parse(window.to) - from) / 86_400_000;

  /** A number's month: two plans' worth of lines (M: over its allowance; UNL: international and roaming). */
  function usageOf(g: number, m: number, groupId: string, plan: string, at: string): Item {
    const k = (g * 7 + m * 3) % 10;
    const lines: PeriodUsage['lines'] =
      plan === 'M'
        ? {
            'VOICE-INCLUDED': { category: 'included', quantity: 6_000, amount: 0, records: 40 },
            'VOICE-OVER-ALLOWANCE': {
              category: 'over-allowance',
              quantity: 600 + 60 * k,
              amount: 90 + 9 * k,
              records: 4,
            },
            'DATA-INCLUDED': { category: 'included', quantity: 1_000 * MB, amount: 0, records: 30 },
            'DATA-OVER-ALLOWANCE': {
              category: 'over-allowance',
              quantity: (50 + 10 * k) * MB,
              amount: 100 + 20 * k,
              records: 3,
            },
            'INTL-VOICE-ZONE2': {
              category: 'international',
              quantity: 300 + 60 * k,
              amount: 245 + 49 * k,
              records: 2,
            },
          }
        : {
            'VOICE-INCLUDED': { category: 'included', quantity: 12_000 + 600 * k, amount: 0, records: 60 },
            'DATA-INCLUDED': {
              category: 'included',
              quantity: (4_000 + 100 * k) * MB,
              amount: 0,
              records: 45,
            },
            'INTL-VOICE-ZONE2': {
              category: 'international',
              quantity: 600 + 60 * k,
              amount: 490 + 49 * k,
              records: 5,
            },
            'ROAMING-DATA-ROAM-Z2': {
              category: 'roaming',
              quantity: (5 + k) * MB,
              amount: 995 + 199 * k,
              records: 2,
            },
          };
    const charges: PeriodUsage['charges'] = {};
    let records = 0;
    let spend = 0;
    for (const l of Object.values(lines)) {
      charges[l.category] = (charges[l.category] ?? 0) + l.amount;
      records += l.records;
      spend += l.amount;
    }
    const voice = (lines['VOICE-INCLUDED']?.quantity ?? 0) + (lines['VOICE-OVER-ALLOWANCE']?.quantity ?? 0);
    const data = (lines['DATA-INCLUDED']?.quantity ?? 0) + (lines['DATA-OVER-ALLOWANCE']?.quantity ?? 0);
    const digits = digitsOf(g, m);
    const { version: _v, ...usage }: PeriodUsage = {
      ...emptyPeriodUsage(tenantId, `+${digits}`, groupId, period, 'EUR'),
      used: { voice, data },
      charges,
      lines,
      spend,
      records,
      version: 0,
    };
    // As the usage adapter writes it: the number's period usage, at its first version.
    return {
      ...usageKeys.period(tenantId, digits, period, groupId),
      entity: 'PeriodUsage',
      ...usage,
      version: 1,
      updatedAt: at,
    };
  }

  /** Every item of group `g`: profile, members, audit entries, period usage. */
  function* groupItems(g: number): Generator<Item> {
    const groupId = newId();
    groupIds.push(groupId);
    // Registered in the first part of the period, members added in the minutes after.
    const registered = from + Math.floor(((g % 10_000) / 10_000) * (periodDays / 2) * 86_400_000);
    const iso = (minutes: number) => new Date(registered + minutes * 60_000).toISOString();
    const admin = `+${digitsOf(g, 0)}`;
    const plans = Array.from({ length: MEMBERS_PER_GROUP }, (_, m) => (m % 2 ? 'M' : 'UNL'));
    const group: Group = {
      tenantId,
      groupId,
      status: 'active',
      company: {
        legalName: `Bench ${g} d.o.o.`,
        registrationNumber: `BB${String(g).padStart(8, '0')}`,
        vatId: 'SI50223054',
        address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana', country: 'SI' },
      },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/bench' },
      },
      iban: 'SI56191000000123438',
      billingEmail: `billing${g}@bench.si`,
      language: 'sl',
      adminMsisdn: admin,
      memberCount: MEMBERS_PER_GROUP,
      planCounts: { UNL: MEMBERS_PER_GROUP / 2, M: MEMBERS_PER_GROUP / 2 },
      createdAt: iso(0),
      createdBy: 'bench-operator',
      updatedAt: iso(MEMBERS_PER_GROUP),
    };
    // As the group adapter writes the profile: its key, its GSI1 entry in the tenant's group list.
    yield {
      ...groupKeys.profile(tenantId, groupId),
      ...groupKeys.listEntry(tenantId, groupId),
      entity: 'Group',
      ...group,
    };
    const audit = (entry: ReturnType<typeof auditEntry>): Item => ({
      ...auditKeys.entry(tenantId, groupId, entry.entryId),
      entity: 'AuditEntry',
      tenantId,
      ...entry,
    });
    yield audit(
      auditEntry(operator, new Date(registered), groupId, 'group.registered', 'group', null, {
        legalName: group.company.legalName,
        registrationNumber: group.company.registrationNumber,
        vatId: group.company.vatId,
        adminMsisdn: admin,
      }),
    );
    for (let m = 0; m < MEMBERS_PER_GROUP; m++) {
      const digits = digitsOf(g, m);
      const at = iso(m);
      const member: Member = {
        tenantId,
        groupId,
        msisdn: `+${digits}`,
        role: m === 0 ? 'admin' : 'member',
        status: 'active',
        plan: plans[m]!,
        addOns: [],
        settings: DEFAULT_SETTINGS,
        origin: { kind: 'new' },
        addedAt: at,
        updatedAt: at,
        version: 1,
      };
      // As the group adapter writes a member: its key and its GSI2 entry among the plan's subscribers.
      yield {
        ...memberKeys.member(tenantId, groupId, digits),
        ...memberKeys.planEntry(tenantId, member.plan, groupId, digits),
        entity: 'Member',
        ...member,
      };
      yield audit(
        auditEntry(operator, new Date(at), groupId, 'member.added', member.msisdn, null, {
          ...(m === 0 ? { role: 'admin' } : {}),
          plan: member.plan,
          ...(m === 0 ? {} : { addOns: [], settings: member.settings }),
          origin: member.origin,
        }),
      );
      yield usageOf(g, m, groupId, member.plan, new Date(Date.parse(window.to) - 3_600_000).toISOString());
    }
  }

  function* allItems(): Generator<Item> {
    for (let g = 0; g < groups; g++) yield* groupItems(g);
  }

  const t0 = performance.now();
  const { written, requests } = await batchWrite(db(), t, allItems(), 8);
  const seconds = (performance.now() - t0) / 1000;
  return { tenantId, period, groupIds, items: written, requests, seconds };
}

// ----- one run ---------------------------------------------------------------------------------------

interface StageCounts {
  requests: Record<string, number>;
  capacity: Capacity;
}

interface RunResult {
  concurrency: number;
  seeded: Seeded;
  stages: { name: 'collecting' | 'invoicing' | 'numbering'; seconds: number; counts: StageCounts }[];
  totalSeconds: number;
  total: StageCounts;
  invocations: number;
  numberingMessages: number;
  failedBatches: number;
  deadLetters: number;
  peakRssMiB: number;
  database?: { rss: number; peak: number; name: string };
  check: { issued: number; expected: number; problems: string[] };
  run: { status: string; startedAt: string; collectedAt?: string; finishedAt?: string };
}

const diff = (a: StageCounts, b: StageCounts): StageCounts => {
  const requests: Record<string, number> = {};
  for (const [op, n] of Object.entries(a.requests)) {
    const d = n - (b.requests[op] ?? 0);
    if (d) requests[op] = d;
  }
  return {
    requests,
    capacity: { rcu: a.capacity.rcu - b.capacity.rcu, wcu: a.capacity.wcu - b.capacity.wcu },
  };
};

async function runOnce(load: BillRunLoad, concurrency: number, databasePid?: number): Promise<RunResult> {
  const { dynamoClient } = await import('../../shared/db/client.ts');
  const { openLocalQueue } = await import('../../infra/local/queue.ts');
  const { loadModuleHandler } = await import('../../infra/local/event-bus.ts');
  const { queues } = await import('../../functions/registry.ts');
  const { invoiceDeps } = await import('../../infra/local/wiring.ts');
  const { startBillRun } = await import('../../shared/invoices/use-cases/start-bill-run.ts');
  const { loadSystemActor } = await import('../../shared/handlers/system-actor.ts');
  const { previousPeriod } = await import('../../shared/invoices/runs.ts');

  const tenantId = `bench-bill-${randomBytes(3).toString('hex')}-c${concurrency}`;
  // The month before this one: the period the schedule invoices on the 1st.
  const period = previousPeriod(new Date().toISOString().slice(0, 7));
  progress(
    `seeding ${load.groups.toLocaleString('en-US')} groups × ${MEMBERS_PER_GROUP} numbers for ${period} (${tenantId})`,
  );
  const seeded = await seed(tenantId, period, load.groups);
  progress(
    `seeded ${seeded.items.toLocaleString('en-US')} items in ${seeded.seconds.toFixed(1)} s; bill run, ${concurrency} batches at once`,
  );

  const entry = queues.find((q) => q.name === 'invoicing');
  if (!entry) throw new Error('the registry has no invoicing queue');
  let invocations = 0;
  let numberingMessages = 0;
  let failedBatches = 0;
  let numberingStarted: number | undefined;
  let snapshotAtNumbering: StageCounts | undefined;

  const counter = countDynamoRequests(dynamoClient());
  const capacity = countCapacity(dynamoClient());
  const snapshot = (): StageCounts => ({ requests: counter.counts(), capacity: capacity.total() });
  const zero: StageCounts = { requests: {}, capacity: { rcu: 0, wcu: 0 } };
  const queue = await openLocalQueue({
    entry,
    concurrency,
    // The consumer as the queue loads it, watched: which batch carries the numbering pass.
    load: async (modulePath) => {
      const handler = await loadModuleHandler(modulePath);
      return async (event, context) => {
        invocations++;
        const records = (event as { Records: { body: string }[] }).Records;
        const numbering = records.filter(
          (r) => (JSON.parse(r.body) as { kind: string }).kind === 'number',
        ).length;
        if (numbering) {
          numberingMessages += numbering;
          if (numberingStarted === undefined) {
            numberingStarted = performance.now();
            snapshotAtNumbering = snapshot();
          }
        }
        const result = (await handler(event, context)) as { batchItemFailures?: unknown[] } | undefined;
        if (result?.batchItemFailures?.length) failedBatches++;
        return result;
      };
    },
  });
  const rss = sampleRss();
  let collectedAt: number | undefined;
  let snapshotAtCollected: StageCounts | undefined;
  try {
    counter.reset();
    capacity.reset();
    queue.start();
    const t0 = performance.now();
    const actor = await loadSystemActor(tenantId, 'bill-run', `bench-bill-run-${period}`);
    // Collected in one call here (on AWS a large tenant is collected over several invocations);
    // the shards' groups are then queued by the workers.
    await startBillRun(invoiceDeps, actor, period, 'bench', {
      pages: Number.POSITIVE_INFINITY,
      onProgress: (p) => {
        if (p.collected % 2_000 === 0) progress(`collected ${p.collected}`);
      },
    });
    collectedAt = performance.now();
    snapshotAtCollected = snapshot();
    await queue.drain();
    const end = performance.now();
    const total = snapshot();
    const peakRssMiB = rss.stop();
    counter.stop();
    capacity.stop();

    collectedAt ??= end;
    snapshotAtCollected ??= total;
    numberingStarted ??= end;
    snapshotAtNumbering ??= total;
    const stages: RunResult['stages'] = [
      { name: 'collecting', seconds: (collectedAt - t0) / 1000, counts: diff(snapshotAtCollected, zero) },
      {
        name: 'invoicing',
        seconds: (numberingStarted - collectedAt) / 1000,
        counts: diff(snapshotAtNumbering, snapshotAtCollected),
      },
      {
        name: 'numbering',
        seconds: (end - numberingStarted) / 1000,
        counts: diff(total, snapshotAtNumbering),
      },
    ];
    const check = await checkResult(seeded);
    const run = (await invoiceDeps.invoices.getRun(tenantId, period))!;
    return {
      concurrency,
      seeded,
      stages,
      totalSeconds: (end - t0) / 1000,
      total,
      invocations,
      numberingMessages,
      failedBatches,
      deadLetters: queue.counts().deadLetters,
      peakRssMiB,
      ...(procMemory(databasePid) ? { database: procMemory(databasePid)! } : {}),
      check,
      run: {
        status: run.status,
        startedAt: run.startedAt,
        ...(run.collectedAt ? { collectedAt: run.collectedAt } : {}),
        ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}),
      },
    };
  } finally {
    rss.stop();
    counter.stop();
    capacity.stop();
    await queue.stop();
  }
}

/**
 * Every seeded group has an issued invoice, the series' guards hold 1..N once each, in group-id
 * order, the series counter is at N, and the run counted N done (read after the measurement).
 */
async function checkResult(seeded: Seeded): Promise<RunResult['check']> {
  const { db, tableName } = await import('../../shared/db/client.ts');
  const { invoiceNumberKeys } = await import('../../shared/invoices/keys.ts');
  const { dynamoInvoiceRepository } = await import('../../shared/invoices/dynamo.ts');
  const { tenantId, period, groupIds } = seeded;
  const problems: string[] = [];
  const run = await dynamoInvoiceRepository.getRun(tenantId, period);
  const counts = await dynamoInvoiceRepository.counts(tenantId, period);
  const expected = groupIds.length;
  if (run?.status !== 'completed') problems.push(`run status ${run?.status}`);
  if (run?.expected !== expected) problems.push(`run expected ${run?.expected}, seeded ${expected}`);
  if (counts.done !== expected)
    problems.push(`${counts.done} done, ${counts.skipped} skipped, ${counts.failed} failed`);
  if (run?.issued !== expected) problems.push(`run issued ${run?.issued}`);

  // Every invoice of the run has the same issue date: one series year.
  const header = await dynamoInvoiceRepository.getHeader(tenantId, groupIds[0]!, period);
  const year = Number((header?.issueDate ?? '0000').slice(0, 4));
  const pk = invoiceNumberKeys.counter(tenantId, 'BB-', year).pk;
  const guards: { sequence: number; groupId: string; number: string }[] = [];
  let last: number | undefined;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      if (item.entity === 'InvoiceSeries') last = item.last as number;
      if (item.entity === 'InvoiceNumber')
        guards.push({
          sequence: Number(String(item.sk).slice(2)),
          groupId: item.groupId as string,
          number: item.number as string,
        });
    }
    start = out.LastEvaluatedKey;
  } while (start);
  guards.sort((a, b) => a.sequence - b.sequence);
  if (last !== expected) problems.push(`series counter at ${last}, expected ${expected}`);
  if (guards.length !== expected) problems.push(`${guards.length} numbers drawn for ${expected} groups`);
  const gaps = guards.filter((g, i) => g.sequence !== i + 1).length;
  if (gaps) problems.push(`${gaps} numbers out of 1..N`);
  const ids = new Set(groupIds);
  const numbered = new Set(guards.map((g) => g.groupId));
  if (numbered.size !== guards.length)
    problems.push(`${guards.length - numbered.size} groups with two numbers`);
  const missing = groupIds.filter((g) => !numbered.has(g)).length;
  if (missing) problems.push(`${missing} groups without a number`);
  if ([...numbered].some((g) => !ids.has(g))) problems.push('numbers for groups that were not seeded');
  const ordered = guards.map((g) => g.groupId);
  if (ordered.some((g, i) => i > 0 && ordered[i - 1]! > g)) problems.push('numbers not in group-id order');
  // A sample of headers read back: issued, with the number its guard holds.
  for (const g of [guards[0], guards[Math.floor(guards.length / 2)], guards.at(-1)]) {
    if (!g) continue;
    const h = await dynamoInvoiceRepository.getHeader(tenantId, g.groupId, period);
    if (h?.status !== 'issued' || h.number !== g.number)
      problems.push(`invoice of ${g.groupId}: ${h?.status} ${h?.number}, guard ${g.number}`);
  }
  return { issued: guards.length, expected, problems };
}

// ----- the section -----------------------------------------------------------------------------------

export interface BillRunReport {
  method: string[];
  lines: string[];
  figures: Figure[];
  data: unknown;
}

export async function benchBillRun(opts: { databasePid?: number } = {}): Promise<BillRunReport> {
  const load = loadFromEnv();
  const figures: Figure[] = [];
  const lines: string[] = [];
  const results: RunResult[] = [];
  for (const c of load.concurrencies) {
    const r = await runOnce(load, c, opts.databasePid);
    results.push(r);
    const n = r.seeded.groupIds.length;
    const label = `${n.toLocaleString('en-US')} groups, ${c} batches at once`;
    const perGroup = (v: number) => round(v / n, 2);
    const ok = r.check.problems.length === 0;
    figures.push(
      { name: `seeding ${n} groups: items written`, value: r.seeded.items, unit: 'items' },
      { name: `seeding ${n} groups: wall time`, value: round(r.seeded.seconds, 1), unit: 's' },
      {
        name: `seeding ${n} groups: items/s (BatchWriteItem, 8 requests at once)`,
        value: Math.round(r.seeded.items / r.seeded.seconds),
        unit: 'items/s',
      },
      ...r.stages.map((s) => ({
        name: `${label}: ${s.name} wall time`,
        value: round(s.seconds, 1),
        unit: 's',
      })),
      { name: `${label}: total wall time`, value: round(r.totalSeconds, 1), unit: 's' },
      { name: `${label}: groups/s overall`, value: round(n / r.totalSeconds, 1), unit: 'groups/s' },
      {
        name: `${label}: groups/s while invoicing`,
        value: round(n / r.stages[1]!.seconds, 1),
        unit: 'groups/s',
      },
      {
        name: `${label}: DynamoDB requests per group`,
        value: perGroup(Object.values(r.total.requests).reduce((a, b) => a + b, 0)),
        unit: 'requests',
      },
      ...Object.entries(r.total.requests)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([op, v]) => ({ name: `${label}: ${op} per group`, value: perGroup(v), unit: 'requests' })),
      {
        name: `${label}: RCU per group (DynamoDB Local's ConsumedCapacity)`,
        value: perGroup(r.total.capacity.rcu),
        unit: 'RCU',
      },
      {
        name: `${label}: WCU per group (transactions from item sizes, ×2; the rest DynamoDB Local's)`,
        value: perGroup(r.total.capacity.wcu),
        unit: 'WCU',
      },
      { name: `${label}: numbering messages delivered`, value: r.numberingMessages, unit: 'messages' },
      { name: `${label}: batches with a failed message`, value: r.failedBatches, unit: 'batches' },
      { name: `${label}: peak RSS of this process during the run`, value: r.peakRssMiB, unit: 'MiB' },
      ...(r.database
        ? [
            {
              name: `${label}: DynamoDB Local (${r.database.name}) peak RSS so far`,
              value: r.database.peak,
              unit: 'MiB',
            },
          ]
        : []),
      {
        name: `${label}: invoices issued, numbers 1..N without a gap`,
        value: r.check.issued,
        unit: 'invoices',
        ...(ok ? {} : { overAim: `check failed: ${r.check.problems.join('; ')}` }),
      },
    );

    lines.push(
      `${label} (tenant ${r.seeded.tenantId}, period ${r.seeded.period})`,
      `  seeding: ${r.seeded.items.toLocaleString('en-US')} items in ${r.seeded.requests.toLocaleString('en-US')} BatchWriteItem requests, ${r.seeded.seconds.toFixed(1)} s (${Math.round(r.seeded.items / r.seeded.seconds)} items/s)`,
      `  run: ${r.totalSeconds.toFixed(1)} s, ${round(n / r.totalSeconds, 1)} groups/s; ${r.invocations} invocations, ${r.numberingMessages} numbering message(s), ${r.failedBatches} batch(es) with a failure, ${r.deadLetters} dead letter(s)`,
      `  check: ${ok ? `OK — ${r.check.issued} invoices issued, numbers 1..${r.check.issued} without a gap or duplicate, in group-id order` : `FAILED — ${r.check.problems.join('; ')}`}`,
      `  memory: this process peaked at ${r.peakRssMiB} MiB during the run${r.database ? `; DynamoDB Local ${r.database.rss} MiB now, ${r.database.peak} MiB peak` : ''}`,
      '',
      ...table(
        ['stage', 'wall s', 'requests/group', 'RCU/group', 'WCU/group', 'requests by operation (per group)'],
        [
          ...r.stages.map((s) => ({ name: s.name, seconds: s.seconds, counts: s.counts })),
          { name: 'total', seconds: r.totalSeconds, counts: r.total },
        ].map((s) => [
          s.name,
          s.seconds.toFixed(1),
          String(perGroup(Object.values(s.counts.requests).reduce((a, b) => a + b, 0))),
          String(perGroup(s.counts.capacity.rcu)),
          String(perGroup(s.counts.capacity.wcu)),
          Object.entries(s.counts.requests)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([op, v]) => `${op} ${round(v / n, 3)}`)
            .join(', '),
        ]),
        [1, 2, 3, 4],
      ),
      '',
    );
  }
  return {
    method: [
      `${load.groups.toLocaleString('en-US')} groups × ${MEMBERS_PER_GROUP} numbers with a month of usage, seeded with BatchWriteItem (BENCH_BILL_GROUPS);`,
      'startBillRun + the invoicing consumer on an in-process local queue, batches at once per run (BENCH_BILL_CONCURRENCY);',
      'requests counted by SDK middleware; RCU and non-transactional WCU from ReturnConsumedCapacity INDEXES, transactional WCU from item sizes (2 × ⌈KB⌉, + GSI);',
      'stages end at the first group queued and at the first delivery of the numbering message',
    ],
    lines,
    figures,
    data: results.map((r) => ({ ...r, seeded: { ...r.seeded, groupIds: r.seeded.groupIds.length } })),
  };
}

// ----- standalone ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { ensureTable, startDynamoDbLocal } = await import('../../infra/local/dynamodb.ts');
  progress('starting DynamoDB Local (in memory)');
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
    const report = await benchBillRun({ ...(ddb.pid ? { databasePid: ddb.pid } : {}) });
    process.stdout.write(`Bill run benchmark (DynamoDB Local, in memory)\n${report.lines.join('\n')}\n`);
  } finally {
    await ddb.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`bill-run bench failed: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
