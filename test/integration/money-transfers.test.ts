import { describe, expect, it } from 'vitest';
import { useTestTable } from '../support/table.ts';
import { outboxEvents } from './groups-fixture.ts';
import {
  adminOf,
  balanceOf,
  claims,
  e164,
  eur,
  fund,
  invoke,
  key,
  ledgerItems,
  memberOf,
  moneyGroup,
  moneyTenant,
  transfer,
} from './money-fixture.ts';

useTestTable();

const T = 'money-xfer';
const LIMITED = 'money-limits';

describe('credit transfers', () => {
  it('setup', async () => {
    await moneyTenant(T);
    await moneyTenant(LIMITED, { maxPerTransfer: 3_000, maxPerDay: 5_000 });
  });

  it('moves credit admin → member and member → admin, with two ledger entries each, the statement and the event', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 5_000);

    const out = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(1_200), note: 'May data' });
    expect(out.status, out.raw).toBe(201);
    expect(out.body).toMatchObject({
      direction: 'admin-to-member',
      amount: eur(1_200),
      from: e164(g.admin),
      to: e164(m),
    });
    const back = await transfer(g, { from: e164(m), to: e164(g.admin), amount: eur(200) });
    expect(back.status, back.raw).toBe(201);
    expect(back.body.direction).toBe('member-to-admin');

    expect(await balanceOf(g, g.admin)).toBe(5_000 - 1_200 + 200);
    expect(await balanceOf(g, m)).toBe(1_000);

    const memberLedger = await invoke('GET', `/v1/groups/${g.groupId}/members/${m}/ledger`, {
      claims: memberOf(g),
    });
    expect(memberLedger.status).toBe(200);
    expect(
      memberLedger.body.items.map((e: { kind: string; amount: { amount: number } }) => [
        e.kind,
        e.amount.amount,
      ]),
    ).toEqual([
      ['transfer-out', -200],
      ['transfer-in', 1_200],
    ]);
    expect(memberLedger.body.items[1]).toMatchObject({
      counterparty: e164(g.admin),
      note: 'May data',
      reference: { type: 'transfer', id: out.body.transferId },
      causedBy: { role: 'admin', msisdn: e164(g.admin) },
    });

    const statement = await invoke('GET', `/v1/groups/${g.groupId}/statement`, { claims: adminOf(T, g) });
    expect(statement.status, statement.raw).toBe(200);
    expect(statement.body.period).toMatch(/^\d{4}-\d{2}$/);
    const kinds = statement.body.items.map((e: { msisdn: string; kind: string }) => `${e.msisdn}:${e.kind}`);
    expect(kinds).toEqual([
      `${e164(g.admin)}:top-up`,
      `${e164(g.admin)}:transfer-out`,
      `${e164(m)}:transfer-in`,
      `${e164(m)}:transfer-out`,
      `${e164(g.admin)}:transfer-in`,
    ]);

    const events = (await outboxEvents(T)).filter((e) => e.detailType === 'CreditTransferred');
    expect(events.map((e) => e.data.transferId)).toEqual(
      expect.arrayContaining([out.body.transferId, back.body.transferId]),
    );
    expect(events.find((e) => e.data.transferId === out.body.transferId)?.data).toMatchObject({
      member: e164(m),
      groupId: g.groupId,
    });
  });

  it('refuses a transfer beyond the available credit with 409 stating what is available, writing nothing', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 700);
    const res = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(701) });
    expect(res.status, res.raw).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.available).toEqual(eur(700));
    // A member without any balance item yet: available is zero.
    const empty = await transfer(g, { from: e164(m), to: e164(g.admin), amount: eur(1) });
    expect(empty.status).toBe(409);
    expect(empty.body.available).toEqual(eur(0));
    expect(await balanceOf(g, g.admin)).toBe(700);
    expect(await balanceOf(g, m)).toBe(0);
    expect(await ledgerItems(T, m)).toHaveLength(0);
  });

  it('replays a retry with the same Idempotency-Key and moves the money once; the same key with another body is 422', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 3_000);
    const headers = key();
    const body = { from: e164(g.admin), to: e164(m), amount: eur(1_000) };
    const first = await transfer(g, body, headers);
    const again = await transfer(g, body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await balanceOf(g, m)).toBe(1_000);
    expect(await balanceOf(g, g.admin)).toBe(2_000);

    const other = await transfer(g, { ...body, amount: eur(999) }, headers);
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('header.idempotency-key');
    expect(await balanceOf(g, m)).toBe(1_000);

    const missing = await invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
      claims: adminOf(T, g),
      body,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('header.idempotency-key');
  });

  it('concurrent transfers never overdraw: exactly as many succeed as the credit covers', async () => {
    const g = await moneyGroup(T, 2);
    await fund(g, g.admin, 1_000);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        transfer(g, { from: e164(g.admin), to: e164(g.members[i % 2]!), amount: eur(250) }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 409, 409, 409, 409]);
    expect(await balanceOf(g, g.admin)).toBe(0);
    expect((await balanceOf(g, g.members[0]!)) + (await balanceOf(g, g.members[1]!))).toBe(1_000);
  });

  it('applies the tenant limits per transfer and per day (422 naming the amount)', async () => {
    const g = await moneyGroup(LIMITED, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 20_000);
    const big = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(3_001) });
    expect(big.status, big.raw).toBe(422);
    expect(big.body.errors[0].field).toBe('body.amount.amount');
    expect(big.body.limit).toEqual(eur(3_000));

    expect((await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(3_000) })).status).toBe(201);
    expect((await transfer(g, { from: e164(m), to: e164(g.admin), amount: eur(1_500) })).status).toBe(201);
    const over = await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(501) });
    expect(over.status, over.raw).toBe(422);
    expect(over.body.remainingToday).toEqual(eur(500));
    expect(over.body.transferredToday).toEqual(eur(4_500));
    expect((await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(500) })).status).toBe(201);
    expect(await balanceOf(g, m)).toBe(3_000 - 1_500 + 500);
  });

  it('only the group admin transfers: a member gets 403, another group 404, member ↔ member and strangers 422', async () => {
    const g = await moneyGroup(T, 2);
    const other = await moneyGroup(T, 1);
    await fund(g, g.admin, 1_000);
    const [m1, m2] = g.members as [string, string];

    const asMember = await transfer(
      g,
      { from: e164(m1), to: e164(g.admin), amount: eur(1) },
      key(),
      memberOf(g),
    );
    expect(asMember.status).toBe(403);
    const adminAsMemberToken = await transfer(
      g,
      { from: e164(g.admin), to: e164(m1), amount: eur(1) },
      key(),
      claims.member(T, g.groupId, g.admin),
    );
    // a member token naming the admin's own number moves nothing: the role is checked as well
    expect(adminAsMemberToken.status).toBe(403);
    expect(await balanceOf(g, g.admin)).toBe(1_000);
    expect(await balanceOf(g, m1)).toBe(0);

    const wrongGroup = await invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
      claims: adminOf(T, other),
      body: { from: e164(other.admin), to: e164(m1), amount: eur(1) },
      headers: key(),
    });
    expect(wrongGroup.status).toBe(404);

    const memberToMember = await transfer(g, { from: e164(m1), to: e164(m2), amount: eur(1) });
    expect(memberToMember.status).toBe(422);
    const stranger = await transfer(g, { from: e164(g.admin), to: e164(other.members[0]!), amount: eur(1) });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].field).toBe('body.to');
    expect(await balanceOf(g, g.admin)).toBe(1_000);
  });

  it('validates the body strictly, naming each field, and writes nothing', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 1_000);
    const cases: [Record<string, unknown>, string][] = [
      [{ from: e164(g.admin), to: e164(m), amount: eur(0) }, 'body.amount.amount'],
      [{ from: e164(g.admin), to: e164(m), amount: eur(-5) }, 'body.amount.amount'],
      [{ from: e164(g.admin), to: e164(m), amount: eur(1.5) }, 'body.amount.amount'],
      [
        { from: e164(g.admin), to: e164(m), amount: { amount: 100, currency: 'USD' } },
        'body.amount.currency',
      ],
      [{ from: g.admin, to: e164(m), amount: eur(100) }, 'body.from'],
      [{ from: e164(g.admin), to: e164(m), amount: eur(100), extra: 1 }, 'body.extra'],
      [{ from: e164(g.admin), to: e164(g.admin), amount: eur(100) }, 'body.to'],
    ];
    for (const [body, field] of cases) {
      const res = await transfer(g, body);
      expect(res.status, `${field}: ${res.raw}`).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await balanceOf(g, g.admin)).toBe(1_000);
    expect(await balanceOf(g, m)).toBe(0);
  });
});

describe('balances and statements: who may read', () => {
  it('the admin reads every number; a member only its own; the statement is the admin’s', async () => {
    const g = await moneyGroup(T, 2);
    const [m1, m2] = g.members as [string, string];
    const own = await invoke('GET', `/v1/groups/${g.groupId}/members/${m1}/balance`, {
      claims: memberOf(g, 0),
    });
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ msisdn: e164(m1), balance: eur(0) });
    const otherMember = await invoke('GET', `/v1/groups/${g.groupId}/members/${m2}/balance`, {
      claims: memberOf(g, 0),
    });
    expect(otherMember.status).toBe(404);
    const statement = await invoke('GET', `/v1/groups/${g.groupId}/statement`, { claims: memberOf(g, 0) });
    expect(statement.status).toBe(403);
    const notAMember = await invoke('GET', `/v1/groups/${g.groupId}/members/38640199998/balance`, {
      claims: adminOf(T, g),
    });
    expect(notAMember.status).toBe(404);
    const badPeriod = await invoke('GET', `/v1/groups/${g.groupId}/statement?period=2025-13`, {
      claims: adminOf(T, g),
    });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.errors[0].field).toBe('query.period');
    const past = await invoke('GET', `/v1/groups/${g.groupId}/statement?period=2020-01`, {
      claims: adminOf(T, g),
    });
    expect(past.body).toEqual({ period: '2020-01', items: [] });
  });

  it('pages the statement with a cursor', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 1_000);
    for (let i = 0; i < 3; i++) await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(10) });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await invoke(
        'GET',
        `/v1/groups/${g.groupId}/statement?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        {
          claims: adminOf(T, g),
        },
      );
      expect(res.status, res.raw).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e: { entryId: string }) => e.entryId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort()).toEqual(seen);
  });
});
