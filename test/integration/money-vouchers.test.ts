import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { dynamoVoucherRepository } from '../../shared/money/dynamo-vouchers.ts';
import { hashVoucherCode, newVoucherCode, normalizeVoucherCode } from '../../shared/money/vouchers.ts';
import { useTestTable } from '../support/table.ts';
import { outboxEvents } from './groups-fixture.ts';
import {
  adminOf,
  balanceOf,
  claims,
  e164,
  eur,
  invoke,
  key,
  ledgerItems,
  type MoneyGroup,
  memberOf,
  moneyGroup,
  moneyTenant,
} from './money-fixture.ts';

useTestTable();

const T = 'money-vouch';

const issue = (count: number, value = 1_000, validUntil = '2099-12-31') =>
  invoke('POST', '/v1/voucher-batches', {
    claims: claims.operator(T),
    body: { value: eur(value), count, validUntil, label: 'Kiosk chain' },
  });

const redeem = (g: MoneyGroup, digits: string, code: string, headers = key(), c = adminOf(g.tenantId, g)) =>
  invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/top-ups`, {
    claims: c,
    body: { method: 'voucher', code },
    headers,
  });

/** A code that was never issued (80 random bits: it exists with negligible probability). */
const wrongCode = () => newVoucherCode();

describe('vouchers', () => {
  it('setup', async () => {
    await moneyTenant(T);
  });

  it('the operator issues a batch: codes shown once, stored only as hashes', async () => {
    const res = await issue(5, 1_500);
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      count: 5,
      value: eur(1_500),
      validUntil: '2099-12-31',
      redeemedCount: 0,
      label: 'Kiosk chain',
    });
    expect(res.body.codes).toHaveLength(5);
    for (const code of res.body.codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    const items = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: {
          ':p': `T#${T}#VOUCHER#${hashVoucherCode(T, normalizeVoucherCode(res.body.codes[0], 'c'))}`,
        },
      }),
    );
    expect(items.Items).toHaveLength(1);
    const stored = JSON.stringify(items.Items);
    for (const code of res.body.codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }

    const got = await invoke('GET', `/v1/voucher-batches/${res.body.batchId}`, {
      claims: claims.operator(T),
    });
    expect(got.status).toBe(200);
    expect(got.body.codes).toBeUndefined();
    const list = await invoke('GET', '/v1/voucher-batches', { claims: claims.operator(T) });
    expect(list.body.items.map((b: { batchId: string }) => b.batchId)).toContain(res.body.batchId);
    expect(
      (await invoke('GET', '/v1/voucher-batches/01JZZZZZZZZZZZZZZZZZZZZZZZ', { claims: claims.operator(T) }))
        .status,
    ).toBe(404);

    for (const [body, field] of [
      [{ value: eur(100), count: 0, validUntil: '2099-01-01' }, 'body.count'],
      [{ value: eur(100), count: 1001, validUntil: '2099-01-01' }, 'body.count'],
      [
        { value: { amount: 100, currency: 'USD' }, count: 1, validUntil: '2099-01-01' },
        'body.value.currency',
      ],
      [{ value: eur(100), count: 1, validUntil: '2001-01-01' }, 'body.validUntil'],
    ] as const) {
      const bad = await invoke('POST', '/v1/voucher-batches', { claims: claims.operator(T), body });
      expect(bad.status, field).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('the admin redeems a code onto a number: credited once, with its ledger entry and events; reuse is 409; a retry replays', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const batch = await issue(2, 1_000);
    const [code] = batch.body.codes as [string];
    const headers = key();
    // Typed as a person would: lower case, spaces, O for 0.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const res = await redeem(g, m, typed, headers);
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      method: 'voucher',
      status: 'completed',
      amount: eur(1_000),
      credited: eur(1_000),
    });
    expect(await balanceOf(g, m)).toBe(1_000);

    const replay = await redeem(g, m, typed, headers);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(res.body);
    const reuse = await redeem(g, g.admin, code);
    expect(reuse.status).toBe(409);
    expect(await balanceOf(g, m)).toBe(1_000);
    expect(await balanceOf(g, g.admin)).toBe(0);

    const ledger = await ledgerItems(T, m);
    expect(ledger.map((e) => [e.kind, (e.amount as { amount: number }).amount])).toEqual([
      ['voucher', 1_000],
    ]);
    const b = await invoke('GET', `/v1/voucher-batches/${batch.body.batchId}`, {
      claims: claims.operator(T),
    });
    expect(b.body.redeemedCount).toBe(1);
    const events = await outboxEvents(T);
    expect(
      events.filter((e) => e.detailType === 'VoucherRedeemed' && e.data.topUpId === res.body.topUpId),
    ).toHaveLength(1);
    expect(
      events.filter((e) => e.detailType === 'BalanceToppedUp' && e.data.topUpId === res.body.topUpId),
    ).toHaveLength(1);
  });

  it('two admins racing for one code: exactly one gets the credit', async () => {
    const g = await moneyGroup(T, 2);
    const [code] = (await issue(1, 700)).body.codes as [string];
    const results = await Promise.all(g.members.map((m) => redeem(g, m, code)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await balanceOf(g, g.members[0]!)) + (await balanceOf(g, g.members[1]!))).toBe(700);
  });

  it('an expired voucher is refused with 422 and its validity date', async () => {
    const g = await moneyGroup(T, 1);
    const code = newVoucherCode();
    await dynamoVoucherRepository.issueBatch(
      T,
      {
        batchId: '01JEXPIREDBATCHAAAAAAAAAAA',
        value: eur(500),
        count: 1,
        validUntil: '2020-01-31',
        issuedAt: '2019-12-01T00:00:00.000Z',
        issuedBy: 'op',
        redeemedCount: 0,
      },
      [
        {
          codeHash: hashVoucherCode(T, normalizeVoucherCode(code, 'c')),
          batchId: '01JEXPIREDBATCHAAAAAAAAAAA',
          value: eur(500),
          validUntil: '2020-01-31',
          status: 'issued',
          issuedAt: '2019-12-01T00:00:00.000Z',
        },
      ],
    );
    const res = await redeem(g, g.members[0]!, code);
    expect(res.status, res.raw).toBe(422);
    expect(res.body.validUntil).toBe('2020-01-31');
    expect(await balanceOf(g, g.members[0]!)).toBe(0);
  });

  it('stops guessing: 5 wrong codes per number, then 429 even for a valid code; 20 per group across numbers', async () => {
    const g = await moneyGroup(T, 4);
    const [valid] = (await issue(1, 300)).body.codes as [string];
    const [m1, m2, m3, m4] = g.members as [string, string, string, string];
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await redeem(g, m1, wrongCode());
      expect(res.status, res.raw).toBe(422);
      expect(res.body.errors[0].field).toBe('body.code');
      left.push(res.body.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const blocked = await redeem(g, m1, valid);
    expect(blocked.status).toBe(429);
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.headers['retry-after']).toBe(String(blocked.body.retryAfterSeconds));
    expect(await balanceOf(g, m1)).toBe(0);

    // A malformed code is bad input (400), not a guess.
    expect((await redeem(g, m2, 'not-a-code')).status).toBe(400);
    // A member cannot burn the group's attempts.
    expect((await redeem(g, m2, wrongCode(), key(), memberOf(g, 1))).status).toBe(403);

    for (const m of [m2, m3, m4])
      for (let i = 0; i < 5; i++) expect((await redeem(g, m, wrongCode())).status).toBe(422);
    const groupBlocked = await redeem(g, g.admin, valid);
    expect(groupBlocked.status).toBe(429);

    // Another group is not affected.
    const other = await moneyGroup(T, 0);
    const ok = await redeem(other, other.admin, valid);
    expect(ok.status, ok.raw).toBe(201);
    expect(ok.body.msisdn).toBe(e164(other.admin));
  });

  it('only the operator issues; only the group admin redeems', async () => {
    const g = await moneyGroup(T, 1);
    const other = await moneyGroup(T, 0);
    const asAdmin = await invoke('POST', '/v1/voucher-batches', {
      claims: adminOf(T, g),
      body: { value: eur(100), count: 1, validUntil: '2099-01-01' },
    });
    expect(asAdmin.status).toBe(403);
    const [code] = (await issue(1, 100)).body.codes as [string];
    expect((await redeem(g, g.members[0]!, code, key(), memberOf(g))).status).toBe(403);
    expect((await redeem(g, other.admin, code)).status).toBe(404);
    expect((await redeem(g, g.members[0]!, code, key(), adminOf(T, other))).status).toBe(404);
    expect((await redeem(g, g.members[0]!, code)).status).toBe(201);
  });
});
