import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandOutput,
  ScanCommand,
  type ScanCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/dynamodb.ts';
import type { RuntimeInfo } from '../../infra/local/settings.ts';
import { existingLocalKeys, type KeyPair, signToken } from '../../infra/local/tokens.ts';
import { notificationKeys } from '../../shared/notifications/keys.ts';
import {
  javaOnDataDir,
  killAllStarted,
  killJavaOn,
  killSystem,
  type Running,
  runtimeInfo,
  startSystem,
} from './local-system.ts';

/**
 * A crash test of the local system: credit transfers over HTTP, many at once, while the whole
 * system (npm, node, DynamoDB Local) is SIGKILLed twice; after the last restart the notification
 * outbox holds exactly one SMS for every transfer that was committed and none for any other.
 */
const T = 'alpina';
/** The first two rounds end in a kill once `killAfter` transfers were answered, with CONCURRENCY more in flight. */
const ROUNDS = [{ requests: 200, killAfter: 80 }, { requests: 200, killAfter: 80 }, { requests: 110 }];
const CONCURRENCY = 16;
/** Transfers of one group all move the admin's balance: several groups keep them from queueing on one item. */
const GROUPS = 4;

let dataDir: string;
let port: number;
let base: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sb-kill-'));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await killAllStarted();
  await killJavaOn(dataDir);
  await rm(dataDir, { recursive: true, force: true });
});

async function api(method: string, path: string, token: string, body?: unknown, key?: string) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, text };
}

async function setUpGroup(op: string, keys: KeyPair, n: number, code: string) {
  const registered = await api(
    'POST',
    '/v1/groups',
    op,
    {
      company: {
        legalName: `Crash ${n} d.o.o.`,
        registrationNumber: `765432${n}000`,
        vatId: 'SI50223054',
        address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
      },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: `dms:kyc/kill/${n}` },
      },
      iban: 'SI56 1910 0000 0123 438',
      billingEmail: `billing${n}@crash.si`,
      language: 'sl',
      admin: { number: { kind: 'new' }, plan: 'GO30' },
    },
    `kill-register-${n}`,
  );
  expect(registered.status, registered.text).toBe(201);
  const groupId: string = registered.json.group.groupId;
  const admin: string = registered.json.group.adminMsisdn;
  const adminToken = await signToken(
    { role: 'admin', tenant: T, group: groupId, msisdn: admin.slice(1) },
    keys,
  );
  const members: string[] = [];
  for (let i = 0; i < 2; i++) {
    const added = await api(
      'POST',
      `/v1/groups/${groupId}/members`,
      adminToken,
      { number: { kind: 'new' }, plan: 'GO5' },
      `kill-member-${n}-${i}`,
    );
    expect(added.status, added.text).toBe(201);
    members.push(added.json.member.msisdn);
  }
  const topUp = await api(
    'POST',
    `/v1/groups/${groupId}/members/${admin.slice(1)}/top-ups`,
    adminToken,
    { method: 'voucher', code },
    `kill-voucher-${n}`,
  );
  expect(topUp.status, topUp.text).toBe(201);
  return { groupId, admin, adminToken, members };
}

async function setUp() {
  const keys = await existingLocalKeys(dataDir);
  const op = await signToken({ role: 'operator', tenant: T }, keys);
  const batch = await api('POST', '/v1/voucher-batches', op, {
    value: { amount: 2000, currency: 'EUR' },
    count: GROUPS,
    validUntil: `${new Date().getUTCFullYear() + 1}-12-31`,
    label: 'Crash test',
  });
  expect(batch.status, batch.text).toBe(201);
  const codes = batch.json.codes as string[];
  return Promise.all(codes.map((code, n) => setUpGroup(op, keys, n, code)));
}

type Group = Awaited<ReturnType<typeof setUpGroup>>;
type Outcome = { status: number; transferId?: string } | 'unknown';

/** Transfer `i`: in group `i % GROUPS`, mostly admin → member, every fourth back to the admin (refused when the member lacks credit). */
function transferOf(groups: Group[], i: number) {
  const g = groups[i % groups.length]!;
  const member = g.members[Math.floor(i / groups.length) % g.members.length]!;
  const back = Math.floor(i / groups.length) % 4 === 3;
  return {
    g,
    body: {
      from: back ? member : g.admin,
      to: back ? g.admin : member,
      amount: { amount: 1 + (i % 50), currency: 'EUR' },
    },
  };
}

/**
 * Sends `requests` transfers, CONCURRENCY at a time. With `kill`, SIGKILLs the whole system once
 * `killAfter` of them were answered, while the others are in flight.
 */
async function round(
  groups: Group[],
  first: number,
  spec: { requests: number; killAfter?: number },
  outcomes: Map<number, Outcome>,
  kill: () => Promise<void>,
) {
  let next = first;
  let answered = 0;
  let killing: Promise<void> | undefined;
  const worker = async () => {
    while (!killing && next < first + spec.requests) {
      const i = next++;
      try {
        const { g, body } = transferOf(groups, i);
        const res = await api('POST', `/v1/groups/${g.groupId}/transfers`, g.adminToken, body, `kill-t-${i}`);
        outcomes.set(i, { status: res.status, transferId: res.json?.transferId });
        if (res.status !== 201 && res.status !== 409) throw new Error(`transfer ${i}: ${res.text}`);
        answered++;
        if (spec.killAfter !== undefined && answered >= spec.killAfter) killing ??= kill();
      } catch (e) {
        if (!killing || outcomes.has(i)) throw e;
        outcomes.set(i, 'unknown');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await killing;
  return next;
}

/** Every transfer the admin's ledger shows: all of a group's transfers involve its admin. */
async function committedTransfers(g: Group): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const q = `limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api(
      'GET',
      `/v1/groups/${g.groupId}/members/${g.admin.slice(1)}/ledger?${q}`,
      g.adminToken,
    );
    expect(res.status, res.text).toBe(200);
    for (const e of res.json.items as { reference: { type: string; id: string } }[])
      if (e.reference.type === 'transfer') ids.add(e.reference.id);
    cursor = res.json.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

/** The outbox, read straight from the table: credit SMS by transfer id (through their events), and deliveries still being sent. */
async function outbox(info: RuntimeInfo) {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: info.dynamodbEndpoint,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  try {
    const transferOfEvent = new Map<string, string>();
    const sending: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out: ScanCommandOutput = await client.send(
        new ScanCommand({
          TableName: info.tableName,
          FilterExpression: '(entity = :evt AND detailType = :dt) OR (entity = :sent AND #state = :sending)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':evt': 'OutboxEvent',
            ':dt': 'CreditTransferred',
            ':sent': 'NotificationSent',
            ':sending': 'sending',
          },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        if (item.entity === 'NotificationSent') sending.push(String(item.pk));
        else {
          const detail = JSON.parse(item.detail as string);
          transferOfEvent.set(detail.metadata.eventId, detail.data.transferId);
        }
      }
      start = out.LastEvaluatedKey;
    } while (start);

    const smsByTransfer = new Map<string, number>();
    const orphans: unknown[] = [];
    start = undefined;
    do {
      const out: QueryCommandOutput = await client.send(
        new QueryCommand({
          TableName: info.tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :p',
          ExpressionAttributeValues: { ':p': notificationKeys.tenantPartition(T) },
          ExclusiveStartKey: start,
        }),
      );
      for (const m of out.Items ?? []) {
        if (!String(m.template).startsWith('credit-')) continue;
        const transferId = transferOfEvent.get(String(m.deliveryId));
        if (!transferId) orphans.push(m);
        else smsByTransfer.set(transferId, (smsByTransfer.get(transferId) ?? 0) + 1);
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return { smsByTransfer, orphans, sending };
  } finally {
    client.destroy();
  }
}

describe('the local system, killed mid-run', () => {
  it('sends exactly one SMS for every committed transfer and none for any other', {
    timeout: 180_000,
  }, async () => {
    const t0 = Date.now();
    let system: Running = await startSystem(dataDir, port);
    const groups = await setUp();
    const outcomes = new Map<number, Outcome>();

    const phases: string[] = [`started and set up ${Math.round((Date.now() - t0) / 1000)} s`];
    let next = 0;
    let kills = 0;
    for (const spec of ROUNDS) {
      const kill = async () => {
        await killSystem(system, await runtimeInfo(dataDir));
        kills++;
      };
      next = await round(groups, next, spec, outcomes, kill);
      phases.push(`round to ${next} ${Math.round((Date.now() - t0) / 1000)} s`);
      if (spec.killAfter !== undefined) {
        expect(await javaOnDataDir(dataDir)).toEqual([]);
        system = await startSystem(dataDir, port);
        phases.push(`restarted ${Math.round((Date.now() - t0) / 1000)} s`);
      }
    }
    expect(kills).toBe(2);

    const info = await runtimeInfo(dataDir);
    const committed = new Set<string>();
    for (const g of groups) for (const id of await committedTransfers(g)) committed.add(id);
    const answered = [...outcomes.values()].filter((o) => o !== 'unknown');
    const unknown = [...outcomes.values()].filter((o) => o === 'unknown').length;
    // Every transfer answered 201 was committed; the ones cut off by a kill may or may not have been.
    for (const o of answered) if (o.status === 201) expect(committed).toContain(o.transferId);
    expect(unknown).toBeGreaterThan(0);
    expect(committed.size).toBeGreaterThan(100);

    // Deliveries interrupted by a kill are sent once their lease has run out: wait for the outbox to settle.
    let seen = await outbox(info);
    for (let i = 0; i < 60; i++) {
      const missing = [...committed].filter((id) => !seen.smsByTransfer.has(id));
      if (missing.length === 0 && seen.sending.length === 0) break;
      await new Promise((r) => setTimeout(r, 1_000));
      seen = await outbox(info);
    }
    const statuses: Record<string, number> = {};
    for (const o of outcomes.values()) {
      const k = o === 'unknown' ? o : String(o.status);
      statuses[k] = (statuses[k] ?? 0) + 1;
    }
    phases.push(JSON.stringify(statuses));
    phases.push(`outbox settled ${Math.round((Date.now() - t0) / 1000)} s`);
    const counts = [...committed].map((id) => seen.smsByTransfer.get(id) ?? 0);
    expect(
      counts.filter((n) => n === 0),
      'committed transfers without an SMS',
    ).toEqual([]);
    expect(
      counts.filter((n) => n > 1),
      'committed transfers with more than one SMS',
    ).toEqual([]);
    const strays = [...seen.smsByTransfer.keys()].filter((id) => !committed.has(id));
    expect(strays, 'SMS for transfers that were not committed').toEqual([]);
    expect(seen.orphans).toEqual([]);
    expect(seen.sending).toEqual([]);

    process.stdout.write(
      `kill test: ${outcomes.size} requests, ${committed.size} committed, ${unknown} cut off by ${kills} kills; ${phases.join(', ')}\n`,
    );
  });
});
