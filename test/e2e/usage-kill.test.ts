import { describe, expect, it } from 'vitest';
import { existingLocalKeys, signToken } from '../../infra/local/tokens.ts';
import {
  javaOnDataDir,
  killSystem,
  type Running,
  runtimeInfo,
  startSystem,
  useCrashSystem,
} from './local-system.ts';

/**
 * A crash test of usage ingest: the mediation's batches go to the local usage-records queue, and
 * the whole system (npm, node, DynamoDB Local) is SIGKILLed while the consumer is between
 * transactions. After the restart the queue delivers what it had not finished again; in the end
 * every record is rated exactly once: the number's usage counts each record once, and its spend
 * is the sum of their charges.
 */
const T = 'alpina';
const MESSAGES = 4;
const RECORDS_PER_MESSAGE = 1000;
const MB = 1_048_576;
/** alpina's domestic data price beyond the plan, in cents per MB. */
const DATA_PER_MB = 2;

const sys = useCrashSystem('sb-usage-kill-');

async function call(method: string, path: string, token: string | undefined, body?: string, type?: string) {
  const res = await fetch(`${sys.base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': type ?? 'application/json' } : {}),
      ...(method === 'POST' ? { 'idempotency-key': `usage-kill-${path.replace(/[^A-Za-z0-9]/g, '-')}` } : {}),
    },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, text };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('usage ingest, killed mid-batch', () => {
  it('rates every record of the queue exactly once across a SIGKILL and a restart', {
    timeout: 240_000,
  }, async () => {
    let system: Running = await startSystem(sys.dataDir, sys.port);
    const keys = await existingLocalKeys(sys.dataDir);
    const op = await signToken({ role: 'operator', tenant: T }, keys);
    const registered = await call(
      'POST',
      '/v1/groups',
      op,
      JSON.stringify({
        company: {
          legalName: 'Crash Usage d.o.o.',
          registrationNumber: '7654321999',
          vatId: 'SI50223054',
          address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
        },
        legalRepresentative: {
          name: 'Ana Novak',
          idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/usage-kill' },
        },
        iban: 'SI56 1910 0000 0123 438',
        billingEmail: 'billing@crash-usage.si',
        admin: { number: { kind: 'new' }, plan: 'GO5' },
      }),
    );
    expect(registered.status, registered.text).toBe(201);
    const groupId: string = registered.json.group.groupId;
    const msisdn: string = registered.json.group.adminMsisdn;
    const admin = await signToken(
      { role: 'admin', tenant: T, group: groupId, msisdn: msisdn.slice(1) },
      keys,
    );
    const usage = async () => {
      const res = await call('GET', `/v1/groups/${groupId}/members/${msisdn.slice(1)}/usage`, admin);
      expect(res.status, res.text).toBe(200);
      return res.json as { records: number; spend: { amount: number } };
    };

    // The plan's 5,000 MB first, then 1 MB records, each charged 0.02 €.
    const startedAt = new Date().toISOString();
    const messages = Array.from({ length: MESSAGES }, (_, m) => ({
      tenantId: T,
      records: Array.from({ length: RECORDS_PER_MESSAGE }, (_, i) => ({
        recordId: `KILL-${m}-${i}`,
        msisdn,
        type: 'data',
        startedAt,
        quantity: m === 0 && i === 0 ? 5000 * MB : MB,
      })),
    }));
    const sent = await call(
      'POST',
      '/_local/queues/usage-records',
      undefined,
      messages.map((m) => JSON.stringify(m)).join('\n'),
      'application/x-ndjson',
    );
    expect(sent.status, sent.text).toBe(202);

    // Kill once some records are rated and the rest are not.
    let before = 0;
    for (let i = 0; i < 600 && before < 200; i++) {
      before = (await usage()).records;
      if (before < 200) await sleep(25);
    }
    await killSystem(system, await runtimeInfo(sys.dataDir));
    expect(await javaOnDataDir(sys.dataDir)).toEqual([]);

    system = await startSystem(sys.dataDir, sys.port);
    const total = MESSAGES * RECORDS_PER_MESSAGE;
    let after = await usage();
    for (let i = 0; i < 240 && after.records < total; i++) {
      await sleep(500);
      after = await usage();
    }
    const queue = await call('GET', '/_local/queues', undefined);
    process.stdout.write(
      `usage kill test: ${before} of ${total} records rated at the kill; ${after.records} after the restart; queues ${queue.text}\n`,
    );
    expect(before, 'the kill came before the queue was done').toBeLessThan(total);
    expect(after.records).toBe(total);
    expect(after.spend.amount).toBe((total - 1) * DATA_PER_MB);
    await killSystem(system, await runtimeInfo(sys.dataDir));
  });
});
