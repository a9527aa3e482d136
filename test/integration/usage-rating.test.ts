import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { onNumberBarred } from '../../functions/usage/notify-number-barred.ts';
import { onNumberUnbarred } from '../../functions/usage/notify-number-unbarred.ts';
import { onSpendingWarningReached } from '../../functions/usage/notify-spending-warning.ts';
import { onServiceSettingsChanged } from '../../functions/usage/on-service-settings-changed.ts';
import { spendingNoticeDeps, usageDeps } from '../../functions/wiring.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { numberPk } from '../../shared/groups/keys.ts';
import { billingPeriod } from '../../shared/kernel/calendar.ts';
import { cachedTenant } from '../../shared/tenants/cached-tenant.ts';
import { ingestUsage } from '../../shared/usage/use-cases/ingest-usage.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { busDelivery } from './groups-fixture.ts';
import { adminOf, balanceOf, fund, type MoneyGroup } from './money-fixture.ts';
import {
  authorize,
  context,
  deliveriesOf,
  ingest,
  MB,
  outboxOf,
  record,
  recordingNotifier,
  usageGroup,
  usageOf,
  usageTenant,
} from './usage-fixture.ts';

useTestTable();

const T = 'usage-rating';
const e164 = (digits: string) => `+${digits}`;
const DOMESTIC = '+38640100999';
const BOSNIA = '+38761000000';
const DONATION = '+38690123456';

let g: MoneyGroup;

beforeAll(async () => {
  await usageTenant(T);
  g = await usageGroup(T, ['M', 'PRE', 'M', 'M', 'M', 'PRE', 'M']);
});

async function ledgerOf(digits: string) {
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':p': numberPk(T, digits), ':s': `L#${g.groupId}#` },
    }),
  );
  return out.Items ?? [];
}

async function setCap(digits: string, cap: number | null) {
  const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${digits}`, {
    claims: adminOf(T, g),
    body: { settings: { spendingCap: cap === null ? null : { amount: cap, currency: 'EUR' } } },
  });
  expect(res.status, res.raw).toBe(200);
}

describe('rating a batch', () => {
  it('rates each record once: included units first, then the zone price; a batch sent again charges nothing', async () => {
    const m = g.members[0]!;
    const batch = [
      record({ msisdn: e164(m), type: 'voice', counterpart: DOMESTIC, quantity: 90 * 60 }),
      record({ msisdn: e164(m), type: 'voice', counterpart: DOMESTIC, quantity: 20 * 60 }),
      record({ msisdn: e164(m), type: 'sms', counterpart: BOSNIA, quantity: 1 }),
      record({ msisdn: e164(m), type: 'donation', counterpart: DONATION, quantity: 1 }),
    ];
    const first = await ingest(T, batch);
    expect(first).toMatchObject({ accepted: 4, duplicates: 0, rejected: 0 });
    expect(first.results.map((r) => r.lineCode)).toEqual([
      'VOICE-INCLUDED',
      'VOICE-OVER-ALLOWANCE',
      'INTL-SMS-ZONE2',
      'DONATION-090',
    ]);

    const again = await ingest(T, batch);
    expect(again).toMatchObject({ accepted: 0, duplicates: 4, rejected: 0 });

    const usage = await usageOf(g, m);
    // 10 minutes beyond the 100 included at 0.09 €/min, one SMS to zone 2, one donation.
    expect(usage.spend).toEqual({ amount: 90 + 15 + 500, currency: 'EUR' });
    expect(usage.records).toBe(4);
    expect(usage.allowances.find((a: { key: string }) => a.key === 'voice')).toMatchObject({
      included: 6000,
      used: 6000,
      remaining: 0,
    });
    const charges = Object.fromEntries(
      usage.charges.map((c: { category: string; amount: { amount: number } }) => [
        c.category,
        c.amount.amount,
      ]),
    );
    expect(charges).toMatchObject({ included: 0, 'over-allowance': 90, international: 15, donation: 500 });
    expect(usage.creditLimit).toMatchObject({
      amount: { amount: 1000 },
      used: { amount: 605 },
      percentUsed: 60,
    });

    const list = await invoke('GET', `/v1/groups/${g.groupId}/members/${m}/usage/records`, {
      claims: adminOf(T, g),
    });
    expect(list.status, list.raw).toBe(200);
    expect(list.body.items.map((r: { lineCode: string }) => r.lineCode).sort()).toEqual(
      ['DONATION-090', 'INTL-SMS-ZONE2', 'VOICE-INCLUDED', 'VOICE-OVER-ALLOWANCE'].sort(),
    );
  });

  it('rejects a bad record alone, with its reason, keeps the rejection, and rates the rest', async () => {
    const m = g.members[2]!;
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 2);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const good = record({ msisdn: e164(m), type: 'sms', counterpart: DOMESTIC, quantity: 1 });
    const res = await ingest(T, [
      record({ msisdn: e164(m), type: 'sms', quantity: -1 }),
      { recordId: 'no-type', msisdn: e164(m), startedAt: new Date().toISOString(), quantity: 1 },
      record({ msisdn: '+38640199998', type: 'sms', quantity: 1 }),
      record({ msisdn: e164(m), type: 'sms', quantity: 1, startedAt: old.toISOString() }),
      record({ msisdn: e164(m), type: 'sms', quantity: 1, startedAt: future }),
      record({ msisdn: e164(m), type: 'data', quantity: MB, visitedCountry: 'FR' }),
      good,
      good,
    ]);
    expect(res.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
      ['rejected', 'unknown-number'],
      ['rejected', 'period-closed'],
      ['rejected', 'in-future'],
      ['rejected', 'unratable'],
      ['accepted', undefined],
      ['rejected', 'duplicate-in-batch'],
    ]);
    expect(res.results[0]!.detail).toMatch(/quantity/);
    expect(res.results[1]!.recordId).toBe('no-type');
    expect(res.results[1]!.detail).toMatch(/type/);

    // Kept for the mediation, page by page across the day's shards.
    const kept: { reason: string; recordId: string }[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const q = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await invoke('GET', `/v1/usage-records/rejected?${q}`, { claims: claims.mediation(T) });
      expect(res.status, res.raw).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      kept.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(kept.map((k) => k.recordId)).size).toBe(kept.length);
    expect(kept.map((k) => k.reason).sort()).toEqual(
      ['in-future', 'invalid', 'invalid', 'period-closed', 'unknown-number', 'unratable'].sort(),
    );
    expect((await usageOf(g, m)).records).toBe(1);
  });

  it('refuses a batch of more than 1,000 records and a body that is not one', async () => {
    const many = Array.from({ length: 1001 }, () => record({ msisdn: DOMESTIC, type: 'sms', quantity: 1 }));
    const res = await invoke('POST', '/v1/usage-records', {
      claims: claims.mediation(T),
      body: { records: many },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain('body.records');
    const member = await invoke('POST', '/v1/usage-records', {
      claims: claims.member(T, g.groupId, g.members[0]!),
      body: { records: [] },
    });
    expect(member.status).toBe(403);
  });
});

describe('prepaid numbers', () => {
  it('pay from the balance as records are rated; what the balance cannot cover is billed', async () => {
    const m = g.members[1]!;
    await fund(g, m, 300);
    await ingest(T, [record({ msisdn: e164(m), type: 'data', quantity: 1100 * MB })]);
    expect(await balanceOf(g, m)).toBe(100);
    await ingest(T, [record({ msisdn: e164(m), type: 'sms', counterpart: BOSNIA, quantity: 10 })]);
    expect(await balanceOf(g, m)).toBe(0);
    const usage = await usageOf(g, m);
    expect(usage.payment).toBe('prepaid');
    expect(usage.spend.amount).toBe(200 + 150);
    expect(usage.paidFromBalance.amount).toBe(300);
    const usageEntries = (await ledgerOf(m)).filter((e) => e.kind === 'usage');
    expect(usageEntries.reduce((s, e) => s + (e.amount as { amount: number }).amount, 0)).toBe(-300);
  });
});

describe('spending control', () => {
  it('warns at the tenant’s share of the limit, bars at the limit, and authorization refuses a barred number', async () => {
    const m = g.members[3]!;
    // 1,000 MB are included; 400 MB more at 0.02 €/MB is 8.00 €: 80 % of the 10.00 € limit.
    await ingest(T, [record({ msisdn: e164(m), type: 'data', quantity: 1400 * MB })]);
    let usage = await usageOf(g, m);
    expect(usage.warnedAt).toBeDefined();
    expect(usage.barred).toBeNull();
    expect(
      (await authorize(T, { msisdn: e164(m), type: 'sms', counterpart: DOMESTIC, quantity: 1 })).granted,
    ).toBe(1);

    await ingest(T, [record({ msisdn: e164(m), type: 'data', quantity: 100 * MB })]);
    usage = await usageOf(g, m);
    expect(usage.barred).toMatchObject({ reason: 'credit-limit' });
    const answer = await authorize(T, { msisdn: e164(m), type: 'sms', counterpart: DOMESTIC, quantity: 1 });
    expect(answer).toMatchObject({ granted: 0, decision: 'refused', reason: 'barred' });

    const events = (await outboxOf(T))
      .filter((e) => e.source === 'switchboard.usage' && e.detail.data.msisdn === e164(m))
      .map((e) => e.detailType);
    expect(events).toEqual(['SpendingWarningReached', 'NumberBarred']);

    // The SMS: once per event, in the group's language.
    const notifier = recordingNotifier();
    const deps = { ...spendingNoticeDeps, notifier };
    for (const d of await deliveriesOf(T, 'SpendingWarningReached', e164(m))) {
      await onSpendingWarningReached(deps)(d as never, context());
      await onSpendingWarningReached(deps)(d as never, context());
    }
    for (const d of await deliveriesOf(T, 'NumberBarred', e164(m)))
      await onNumberBarred(deps)(d as never, context());
    expect(notifier.sent.map((s) => [s.to, s.locale])).toEqual([
      [e164(m), 'sl'],
      [e164(m), 'sl'],
    ]);
    expect(notifier.sent[1]!.text).toContain('10,00');
  });

  it('bars at the administrator’s cap and lifts the bar when the cap is removed', async () => {
    const m = g.members[4]!;
    await setCap(m, 300);
    await ingest(T, [record({ msisdn: e164(m), type: 'data', quantity: 1200 * MB })]);
    expect((await usageOf(g, m)).barred).toMatchObject({ reason: 'spending-cap' });

    await setCap(m, null);
    const changes = (await outboxOf(T)).filter(
      (e) => e.detailType === 'ServiceSettingsChanged' && e.detail.data.msisdn === e164(m),
    );
    const handler = onServiceSettingsChanged(usageDeps);
    for (const e of changes) {
      const delivery = busDelivery(e);
      await handler(delivery as never, context());
      await handler(delivery as never, context());
    }
    expect((await usageOf(g, m)).barred).toBeNull();
    const unbarred = await deliveriesOf(T, 'NumberUnbarred', e164(m));
    expect(unbarred).toHaveLength(1);
    expect(unbarred[0]!.detail.data).toMatchObject({ reason: 'spending-cap', cause: 'cap-changed' });

    const notifier = recordingNotifier();
    await onNumberUnbarred({ ...spendingNoticeDeps, notifier })(unbarred[0] as never, context());
    expect(notifier.sent).toHaveLength(1);
    expect(
      (await authorize(T, { msisdn: e164(m), type: 'sms', counterpart: DOMESTIC, quantity: 1 })).granted,
    ).toBe(1);
  });
});

describe('authorization', () => {
  it('grants part of a request up to the cap, and names the reason', async () => {
    const m = g.members[6]!;
    await setCap(m, 100);
    // SMS to zone 2 at 0.15 € each: six fit under 1.00 €.
    const answer = await authorize(T, { msisdn: e164(m), type: 'sms', counterpart: BOSNIA, quantity: 10 });
    expect(answer).toMatchObject({ requested: 10, granted: 6, decision: 'partial', reason: 'cap-reached' });
    // Included SMS cost nothing and are granted whole.
    expect(
      await authorize(T, { msisdn: e164(m), type: 'sms', counterpart: DOMESTIC, quantity: 10 }),
    ).toMatchObject({
      granted: 10,
      decision: 'granted',
    });
  });

  it('follows the administrator’s settings and a prepaid balance', async () => {
    const m = g.members[6]!;
    expect(
      await authorize(T, { msisdn: e164(m), type: 'premium-call', counterpart: DONATION, quantity: 60 }),
    ).toMatchObject({ granted: 0, reason: 'premium-barred' });
    const off = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${m}`, {
      claims: adminOf(T, g),
      body: { settings: { data: false } },
    });
    expect(off.status, off.raw).toBe(200);
    expect(await authorize(T, { msisdn: e164(m), type: 'data', quantity: MB })).toMatchObject({
      granted: 0,
      reason: 'service-off',
    });
    const prepaid = g.members[5]!;
    expect(
      await authorize(T, { msisdn: e164(prepaid), type: 'sms', counterpart: BOSNIA, quantity: 1 }),
    ).toMatchObject({
      granted: 0,
      reason: 'no-credit',
    });
    expect(await authorize(T, { msisdn: '+38640199997', type: 'sms', quantity: 1 })).toMatchObject({
      granted: 0,
      reason: 'unknown-number',
    });
  });
});

describe('usage detail is private', () => {
  it('the member reads its own usage, not another member’s; the operator reads none', async () => {
    const own = await invoke('GET', `/v1/groups/${g.groupId}/members/${g.members[0]}/usage`, {
      claims: claims.member(T, g.groupId, g.members[0]!),
    });
    expect(own.status).toBe(200);
    const other = await invoke('GET', `/v1/groups/${g.groupId}/members/${g.members[1]}/usage`, {
      claims: claims.member(T, g.groupId, g.members[0]!),
    });
    expect(other.status).toBe(404);
    const operator = await invoke('GET', `/v1/groups/${g.groupId}/members/${g.members[0]}/usage`, {
      claims: claims.operator(T),
    });
    expect(operator.status).toBe(403);
    const future = await invoke(
      'GET',
      `/v1/groups/${g.groupId}/members/${g.members[0]}/usage?period=2999-01`,
      {
        claims: adminOf(T, g),
      },
    );
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('query.period');
  });
});

describe('a crash between writes', () => {
  /** Fails the `n`-th transaction from now: before it is sent, or after it was applied. */
  function crashAt(n: number, when: 'before' | 'after') {
    let count = 0;
    const name = `crash-${Math.random()}`;
    db().middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: unknown[] };
        if (!input.TransactItems) return next(args);
        count += 1;
        if (count === n && when === 'before') throw new Error('the consumer died');
        const out = await next(args);
        if (count === n && when === 'after') throw new Error('the consumer died');
        return out;
      },
      { step: 'initialize', name },
    );
    return () => db().middlewareStack.remove(name);
  }

  it.each(['before', 'after'] as const)(
    'loses no record and charges none twice when the consumer dies %s a write and the batch is delivered again',
    async (when) => {
      const h = await usageGroup(T, ['PRE']);
      const m = h.members[0]!;
      await fund(h, m, 10_000);
      const batch = Array.from({ length: 250 }, () =>
        record({ msisdn: e164(m), type: 'sms', counterpart: BOSNIA, quantity: 1 }),
      );
      const tenant = (await cachedTenant(T))!;
      const actor = { principal: { role: 'mediation' as const, tenantId: T, subject: 'mediation' }, tenant };
      const restore = crashAt(2, when);
      await expect(ingestUsage(usageDeps, actor as never, batch)).rejects.toThrow('the consumer died');
      restore();

      const redelivered = await ingestUsage(usageDeps, actor as never, batch);
      expect(redelivered.accepted + redelivered.duplicates).toBe(250);
      expect(redelivered.duplicates).toBe(when === 'before' ? 90 : 180);

      const usage = await usageOf(h, m);
      expect(usage.records).toBe(250);
      expect(usage.spend.amount).toBe(250 * 15);
      expect(usage.paidFromBalance.amount).toBe(250 * 15);
      expect(await balanceOf(h, m)).toBe(10_000 - 250 * 15);
      const period = billingPeriod(new Date(), tenant.timeZone);
      const out = await db().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': `${numberPk(T, m)}#UR#${period}` },
          Select: 'COUNT',
        }),
      );
      expect(out.Count).toBe(250);
    },
  );
});

describe('the local network', () => {
  it('records each bar and restore command once, readable per number', async () => {
    const { handler } = await import('../../infra/local/network.ts');
    const { listNetworkCommands } = await import('../../shared/usage/local-network.ts');
    const m = g.members[3]!;
    const barred = await deliveriesOf(T, 'NumberBarred', e164(m));
    expect(barred).toHaveLength(1);
    await handler(barred[0] as never, context());
    await handler(barred[0] as never, context());
    const commands = await listNetworkCommands({ tenantId: T, msisdn: e164(m), limit: 10 });
    expect(commands.items.map((c) => [c.action, c.reason])).toEqual([['bar-outgoing', 'credit-limit']]);
  });
});

describe('the usage-records queue', () => {
  it('rates a message like the route, and a message delivered again charges nothing', async () => {
    const { queues } = await import('../../functions/registry.ts');
    const { openLocalQueue } = await import('../../infra/local/queue.ts');
    const entry = queues.find((q) => q.name === 'usage-records')!;
    const q = await openLocalQueue({ entry, redeliveryDelayMs: 50 });
    try {
      q.start();
      const h = await usageGroup(T, ['M']);
      const m = h.members[0]!;
      const records = [1, 2, 3].map(() =>
        record({ msisdn: e164(m), type: 'sms', counterpart: BOSNIA, quantity: 1 }),
      );
      const body = JSON.stringify({ tenantId: T, records });
      await q.send([{ body }]);
      await q.drain();
      await q.send([{ body }]);
      await q.drain();
      const usage = await usageOf(h, m);
      expect(usage.records).toBe(3);
      expect(usage.spend.amount).toBe(3 * 15);
      expect(q.counts()).toMatchObject({ messages: 0, deadLetters: 0 });
    } finally {
      await q.stop();
    }
  });
});

describe('business clubs', () => {
  it('a call between two members of the group’s club is free; a call to a number outside it is not', async () => {
    const TC = 'usage-clubs';
    const { setUpTenant } = await import('./groups-fixture.ts');
    const { usageCatalog } = await import('../support/rating-catalog.ts');
    await setUpTenant(TC, {
      ...usageCatalog,
      plans: usageCatalog.plans.map((p) => ({ ...p, clubEligible: true })),
      policies: { ...usageCatalog.policies, businessClubs: { enabled: true, minMembers: 2 } },
    });
    const c = await usageGroup(TC, ['M', 'M', 'M']);
    const [a, b, outside] = c.members as [string, string, string];
    const club = await invoke('POST', `/v1/groups/${c.groupId}/club`, {
      claims: adminOf(TC, c),
      body: { members: [e164(a), e164(b)] },
    });
    expect(club.status, club.raw).toBe(201);
    const res = await ingest(TC, [
      record({ msisdn: e164(a), type: 'voice', counterpart: e164(b), quantity: 600 }),
      record({ msisdn: e164(a), type: 'voice', counterpart: e164(outside), quantity: 600 }),
    ]);
    expect(res.results.map((r) => r.lineCode)).toEqual(['CLUB-CALL', 'VOICE-INCLUDED']);
    const usage = await usageOf(c, a);
    expect(usage.allowances.find((x: { key: string }) => x.key === 'voice').used).toBe(600);
  });
});

describe('authorization follows a number to its new group', () => {
  it('answers for the group that holds the number now, not the one it was last seen in', async () => {
    const { addMember } = await import('./groups-fixture.ts');
    const from = await usageGroup(T, []);
    const to = await usageGroup(T, []);
    const n = '38631555222';
    const portIn = {
      number: { kind: 'port-in', msisdn: e164(n), donorOperator: 'Telekom Slovenije' },
      plan: 'M',
    };
    expect((await addMember(T, from, portIn)).status).toBe(201);
    expect(
      await authorize(T, { msisdn: e164(n), type: 'sms', counterpart: DOMESTIC, quantity: 1 }),
    ).toMatchObject({
      decision: 'granted',
    });
    const removed = await invoke('DELETE', `/v1/groups/${from.groupId}/members/${n}?reason=port-out`, {
      claims: adminOf(T, from),
    });
    expect(removed.status, removed.raw).toBe(200);
    const added = await addMember(T, to, portIn);
    expect(added.status, added.raw).toBe(201);
    // The new holder switched data off: the answer must come from the new group's member.
    const off = await invoke('PATCH', `/v1/groups/${to.groupId}/members/${n}`, {
      claims: adminOf(T, to),
      body: { settings: { data: false } },
    });
    expect(off.status, off.raw).toBe(200);
    expect(await authorize(T, { msisdn: e164(n), type: 'data', quantity: MB })).toMatchObject({
      granted: 0,
      reason: 'service-off',
    });
  });
});

describe('an extra SIM', () => {
  it('shares its primary’s included units; what goes beyond them is charged to the extra SIM', async () => {
    const { addMember } = await import('./groups-fixture.ts');
    const h = await usageGroup(T, []);
    const primary = await addMember(T, h, { number: { kind: 'new' }, plan: 'M', addOns: ['EXTRA-SIM'] });
    expect(primary.status, primary.raw).toBe(201);
    const p = primary.body.member.msisdn as string;
    const plain = await addMember(T, h, { number: { kind: 'new' }, plan: 'M' });

    // Refused: a primary without the add-on, another plan than the primary's.
    const noAddOn = await addMember(T, h, {
      number: { kind: 'new' },
      plan: 'M',
      sharesUnitsOf: plain.body.member.msisdn,
    });
    expect(noAddOn.status).toBe(422);
    expect(JSON.stringify(noAddOn.body.errors)).toContain('body.sharesUnitsOf');
    const otherPlan = await addMember(T, h, { number: { kind: 'new' }, plan: 'UNL', sharesUnitsOf: p });
    expect(otherPlan.status).toBe(422);
    expect(JSON.stringify(otherPlan.body.errors)).toContain('body.plan');

    const extra = await addMember(T, h, { number: { kind: 'new' }, plan: 'M', sharesUnitsOf: p });
    expect(extra.status, extra.raw).toBe(201);
    expect(extra.body.member.sharesUnitsOf).toBe(p);
    const x = extra.body.member.msisdn as string;

    // In one batch, the primary's records take the shared units first, then its extra SIMs'.
    const res = await ingest(T, [
      record({ msisdn: x, type: 'voice', counterpart: DOMESTIC, quantity: 20 * 60 }),
      record({ msisdn: p, type: 'voice', counterpart: DOMESTIC, quantity: 90 * 60 }),
    ]);
    expect(res.accepted, JSON.stringify(res.results)).toBe(2);
    const own = await usageOf(h, p.slice(1));
    expect(own.allowances.find((a: { key: string }) => a.key === 'voice').used).toBe(100 * 60);
    expect(own.spend.amount).toBe(0);
    const sharing = await usageOf(h, x.slice(1));
    expect(sharing.sharesUnitsOf).toBe(p);
    expect(sharing.allowances.find((a: { key: string }) => a.key === 'voice')).toMatchObject({
      used: 6000,
      remaining: 0,
    });
    // 10 of the 20 minutes fit in the primary's 100; the other 10 at 0.09 €/min are the extra SIM's.
    expect(sharing.spend.amount).toBe(90);
    expect(sharing.lines.map((l: { lineCode: string }) => l.lineCode)).toEqual([
      'VOICE-INCLUDED',
      'VOICE-OVER-ALLOWANCE',
    ]);
  });
});
