import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localContext } from '../../infra/local/api-event.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { type IdempotentCall, idempotentRunner } from '../../shared/handlers/idempotency.ts';
import { useTestTable } from '../support/table.ts';

useTestTable();

const OWNER = { role: 'operator', subject: 'op-1' };

const call = (key: string, body: unknown, tenantId = 'idem-t', owner: IdempotentCall['owner'] = OWNER) => ({
  tenantId,
  operationId: 'testOp',
  key,
  request: { params: {}, query: {}, body },
  owner,
});

describe('idempotent runner (Powertools on the single table)', () => {
  it('runs once per key and replays the first result on retry', async () => {
    const once = idempotentRunner<{ n: number }>('testOp');
    let runs = 0;
    const fn = async () => ({ n: ++runs });
    const a = await once(call('key-aaaaaaaa', { x: 1 }), localContext('t') as never, fn);
    const b = await once(call('key-aaaaaaaa', { x: 1 }), localContext('t') as never, fn);
    expect(a).toEqual({ n: 1 });
    expect(b).toEqual({ n: 1 });
    expect(runs).toBe(1);
  });

  it('refuses the same key with a different request (422 rule violation)', async () => {
    const once = idempotentRunner<string>('testOp');
    await once(call('key-bbbbbbbb', { x: 1 }), localContext('t') as never, async () => 'first');
    await expect(
      once(call('key-bbbbbbbb', { x: 2 }), localContext('t') as never, async () => 'second'),
    ).rejects.toMatchObject({ kind: 'rule-violation', field: 'header.idempotency-key' });
  });

  it('answers a concurrent duplicate with request-in-progress (retry in a second) while the first is in flight', async () => {
    const once = idempotentRunner<string>('testOp');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const first = once(call('key-cccccccc', {}), localContext('t') as never, async () => {
      await gate;
      return 'done';
    });
    await new Promise((r) => setTimeout(r, 200));
    await expect(
      once(call('key-cccccccc', {}), localContext('t') as never, async () => 'dup'),
    ).rejects.toMatchObject({
      kind: 'request-in-progress',
      detail: { retryAfterSeconds: 1 },
    });
    release();
    expect(await first).toBe('done');
  });

  it('refuses another principal the same key and request, without the first result', async () => {
    const once = idempotentRunner<string>('testOp');
    let runs = 0;
    const fn = async () => `secret-${++runs}`;
    expect(await once(call('key-ffffffff', { x: 1 }), localContext('t') as never, fn)).toBe('secret-1');
    for (const owner of [
      { role: 'operator', subject: 'op-2' },
      { role: 'admin', subject: 'op-1' },
      { ...OWNER, groupId: 'G2' },
      { ...OWNER, pathGroupId: 'G2' },
    ]) {
      await expect(
        once(call('key-ffffffff', { x: 1 }, 'idem-t', owner), localContext('t') as never, fn),
      ).rejects.toMatchObject({ kind: 'rule-violation', field: 'header.idempotency-key' });
    }
    expect(runs).toBe(1);
    expect(await once(call('key-ffffffff', { x: 1 }), localContext('t') as never, fn)).toBe('secret-1');
  });

  it("holds an interrupted command's key for the function's timeout (10 s), as on AWS", async () => {
    const once = idempotentRunner<string>('testOp');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const t0 = Date.now();
    const first = once(call('key-interrupted', {}), localContext('t') as never, async () => {
      await gate;
      return 'done';
    });
    await new Promise((r) => setTimeout(r, 200));
    const out = await db().send(
      new ScanCommand({
        TableName: tableName(),
        FilterExpression: 'sk = :sk AND #status = :p',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sk': 'IDEMPOTENCY', ':p': 'INPROGRESS' },
      }),
    );
    const expiries = (out.Items ?? []).map((i) => Number(i.in_progress_expiration) - t0);
    expect(expiries).toHaveLength(1);
    expect(expiries[0]).toBeGreaterThan(9_000);
    expect(expiries[0]).toBeLessThanOrEqual(10_500);
    release();
    expect(await first).toBe('done');
  });

  it('stores nothing when the operation fails, so a retry runs again', async () => {
    const once = idempotentRunner<string>('testOp');
    await expect(
      once(call('key-dddddddd', {}), localContext('t') as never, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await once(call('key-dddddddd', {}), localContext('t') as never, async () => 'ok')).toBe('ok');
  });

  it('keeps the same client key apart between tenants, under tenant-prefixed keys with a TTL', async () => {
    const once = idempotentRunner<string>('testOp');
    expect(
      await once(call('key-eeeeeeee', {}, 'tenant-a'), localContext('t') as never, async () => 'a'),
    ).toBe('a');
    expect(
      await once(call('key-eeeeeeee', {}, 'tenant-b'), localContext('t') as never, async () => 'b'),
    ).toBe('b');
  });
});

describe('idempotency record layout', () => {
  it('is not readable under another tenant prefix', async () => {
    const out = await db().send(
      new GetCommand({ TableName: tableName(), Key: { pk: 'T#tenant-a#IDEM#x', sk: 'IDEMPOTENCY' } }),
    );
    expect(out.Item).toBeUndefined();
  });
});
