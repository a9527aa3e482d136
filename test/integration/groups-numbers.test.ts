import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Member } from '../../shared/groups/domain.ts';
import { dynamoGroupRepository } from '../../shared/groups/dynamo.ts';
import { NumberTaken } from '../../shared/groups/ports.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addMember,
  addNewMember,
  adminOf,
  FIXTURE_CATALOG,
  idem,
  outboxEvents,
  partition,
  type RegisteredGroup,
  registerGroup,
  registrationBody,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

const portIn = (msisdn: string, plan = 'BIZ-S') => ({
  number: { kind: 'port-in', msisdn, donorOperator: 'Telekom Slovenije' },
  plan,
});

describe('numbers: new numbers from the ranges', () => {
  it('allocates 20 different numbers under 20 concurrent requests, all in the range, counts kept', async () => {
    const t = 'num-conc';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const results = await Promise.all(Array.from({ length: 20 }, () => addMember(t, g)));
    for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(201);
    const numbers = results.map((r) => r.body.member.msisdn as string);
    expect(new Set([...numbers, `+${g.admin}`]).size).toBe(21);
    for (const n of numbers) {
      const v = Number(n.slice(1));
      expect(v).toBeGreaterThanOrEqual(38640100000);
      expect(v).toBeLessThanOrEqual(38640199999);
    }
    const group = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(t, g) });
    expect(group.body.memberCount).toBe(21);
    expect(group.body.planCounts).toEqual({ 'BIZ-L': 1, 'BIZ-S': 20 });
    // every number is owned by the group exactly once
    for (const n of numbers.slice(0, 3)) {
      const own = await partition(`T#${t}#NUM#${n.slice(1)}`);
      expect(own).toEqual([expect.objectContaining({ sk: 'NUM', groupId: g.groupId, status: 'active' })]);
    }
  });

  it('records the connection fee for the next invoice and writes MemberAdded', async () => {
    const t = 'num-fee';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const res = await addMember(t, g, {
      number: { kind: 'new' },
      plan: 'BIZ-L',
      addOns: ['TV-PACK'],
      label: 'Ana',
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/groups/${g.groupId}/members/${res.body.member.msisdn.slice(1)}`);
    expect(res.body.member).toMatchObject({
      plan: 'BIZ-L',
      label: 'Ana',
      role: 'member',
      status: 'active',
      origin: { kind: 'new' },
    });
    expect(res.body.charges).toEqual([
      expect.objectContaining({
        code: 'CONN',
        kind: 'connection',
        amount: { amount: 1500, currency: 'EUR' },
        reason: 'new-number',
      }),
    ]);
    const charges = await invoke('GET', `/v1/groups/${g.groupId}/charges`, { claims: adminOf(t, g) });
    expect(charges.body.items.map((c: { msisdn: string }) => c.msisdn)).toEqual(
      [`+${g.admin}`, res.body.member.msisdn].sort(),
    );
    const events = await outboxEvents(t);
    expect(events.filter((e) => e.detailType === 'MemberAdded').map((e) => e.data)).toContainEqual(
      expect.objectContaining({
        groupId: g.groupId,
        msisdn: res.body.member.msisdn,
        plan: 'BIZ-L',
        addOns: ['TV-PACK'],
        origin: 'new',
      }),
    );
  });

  it('a client retry with the same Idempotency-Key never allocates a second number', async () => {
    const t = 'num-retry';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const headers = { 'idempotency-key': 'add-member-retry-0001' };
    const body = { number: { kind: 'new' }, plan: 'BIZ-S' };
    const first = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
      claims: adminOf(t, g),
      body,
      headers,
    });
    const retry = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
      claims: adminOf(t, g),
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.member.msisdn).toBe(first.body.member.msisdn);
    const view = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(t, g) });
    expect(view.body.memberCount).toBe(2);
    expect((await outboxEvents(t)).filter((e) => e.detailType === 'MemberAdded')).toHaveLength(2);
  });

  it('with business clubs on, adding a number records no club-member fee: that is paid on joining the club', async () => {
    const t = 'num-club';
    await setUpTenant(t, {
      ...FIXTURE_CATALOG,
      plans: FIXTURE_CATALOG.plans.map((p) => (p.code === 'BIZ-S' ? { ...p, clubEligible: true } : p)),
      fees: [
        ...FIXTURE_CATALOG.fees,
        {
          code: 'CLUB',
          kind: 'club-member',
          name: { en: 'Club' },
          explanation: { en: 'Club member' },
          amount: { amount: 200, currency: 'EUR' },
        },
      ],
      policies: { businessClubs: { enabled: true, minMembers: 3 } },
    });
    const g = await registerGroup(t);
    const eligible = await addMember(t, g, { number: { kind: 'new' }, plan: 'BIZ-S' });
    expect(eligible.body.charges.map((c: { code: string }) => c.code)).toEqual(['CONN']);
    expect(eligible.body.member.club).toBeUndefined();
  });

  it('requires an Idempotency-Key header', async () => {
    const t = 'num-idem';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
      claims: adminOf(t, g),
      body: { number: { kind: 'new' }, plan: 'BIZ-S' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('header.idempotency-key');
  });
});

describe('numbers: port-in', () => {
  it('ports a number in, usable at once, with the donor recorded and the port-in fee', async () => {
    const t = 'num-port';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const res = await addMember(t, g, portIn('041 234 567'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.member).toMatchObject({
      msisdn: '+38641234567',
      status: 'active',
      origin: { kind: 'port-in', donorOperator: 'Telekom Slovenije' },
    });
    expect(res.body.charges).toEqual([expect.objectContaining({ code: 'PORTIN', reason: 'port-in' })]);
    const events = await outboxEvents(t);
    expect(events).toContainEqual({
      detailType: 'MemberAdded',
      data: expect.objectContaining({
        msisdn: '+38641234567',
        origin: 'port-in',
        donorOperator: 'Telekom Slovenije',
      }),
    });
  });

  it('a number already in a group is 409 naming the field, from this group or another, and nothing is written', async () => {
    const t = 'num-dup';
    await setUpTenant(t);
    const g1 = await registerGroup(t);
    const g2 = await registerGroup(t);
    expect((await addMember(t, g1, portIn('+38641000111'))).status).toBe(201);
    const before = await outboxEvents(t);
    for (const g of [g1, g2]) {
      const res = await addMember(t, g, portIn('041 000 111'));
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([
        { field: 'body.number.msisdn', message: 'already belongs to a group' },
      ]);
    }
    // a new number of the group cannot be ported into another group either
    const res = await addMember(t, g2, portIn(`+${g1.admin}`));
    expect([409, 422]).toContain(res.status);
    expect((await outboxEvents(t)).length).toBe(before.length);
    const g2view = await invoke('GET', `/v1/groups/${g2.groupId}`, { claims: adminOf(t, g2) });
    expect(g2view.body.memberCount).toBe(1);
  });

  it('concurrent adds of the same ported number: exactly one succeeds', async () => {
    const t = 'num-race';
    await setUpTenant(t);
    const groups = await Promise.all([registerGroup(t), registerGroup(t), registerGroup(t)]);
    const attempts = await Promise.all(
      Array.from({ length: 9 }, (_, i) => addMember(t, groups[i % 3]!, portIn('+38651999888'))),
    );
    const statuses = attempts.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(8);
    const counts = await Promise.all(
      groups.map(
        async (g) =>
          (await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(t, g) })).body.memberCount,
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    const added = (await outboxEvents(t)).filter(
      (e) => e.detailType === 'MemberAdded' && e.data.msisdn === '+38651999888',
    );
    expect(added).toHaveLength(1);
  });

  it('the ownership condition itself (no pre-read): concurrent claims of one number in 6 groups, one wins', async () => {
    const t = 'num-race-tx';
    await setUpTenant(t);
    const groups = await Promise.all(Array.from({ length: 6 }, () => registerGroup(t)));
    const at = new Date();
    const claim = (g: RegisteredGroup) => {
      const member: Member = {
        tenantId: t,
        groupId: g.groupId,
        msisdn: '+38651777666',
        role: 'member',
        status: 'active',
        plan: 'BIZ-S',
        addOns: [],
        settings: DEFAULT_SETTINGS,
        origin: { kind: 'port-in', donorOperator: 'X', portedAt: at.toISOString() },
        addedAt: at.toISOString(),
        updatedAt: at.toISOString(),
        version: 1,
      };
      return dynamoGroupRepository.addMember(`+${g.admin}`, member, undefined, true, {
        tenantId: t,
        at,
        audit: [],
        events: [],
        charges: [],
      });
    };
    const results = await Promise.allSettled(groups.map(claim));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(NumberTaken);
    }
    const owner = await partition(`T#${t}#NUM#38651777666`);
    expect(owner).toHaveLength(1);
  });

  it('a port-in of one of our own range numbers is refused (add it as new)', async () => {
    const t = 'num-own';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const res = await addMember(t, g, portIn('+38640155555'));
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('body.number.msisdn');
  });
});

describe('numbers: bad input writes nothing', () => {
  it.each([
    ['a number from another country', portIn('+385912345678'), 400, 'body.number.msisdn'],
    ['not a phone number', portIn('12'), 400, 'body.number.msisdn'],
    ['an unknown plan', { number: { kind: 'new' }, plan: 'NOPE' }, 400, 'body.plan'],
    ['a plan no longer sold', { number: { kind: 'new' }, plan: 'OLD' }, 422, 'body.plan'],
    ['an unknown add-on', { number: { kind: 'new' }, plan: 'BIZ-S', addOns: ['NOPE'] }, 400, 'body.addOns.0'],
    [
      'an add-on not offered with the plan',
      { number: { kind: 'new' }, plan: 'BIZ-S', addOns: ['USA'] },
      422,
      'body.addOns.0',
    ],
    ['an extra field', { number: { kind: 'new' }, plan: 'BIZ-S', simCard: 'x' }, 400, 'body.simCard'],
    [
      'an extra field in the number',
      { number: { kind: 'new', msisdn: '+38640100000' }, plan: 'BIZ-S' },
      400,
      'body.number.msisdn',
    ],
    [
      'a port-in without donor',
      { number: { kind: 'port-in', msisdn: '+38641234567' }, plan: 'BIZ-S' },
      400,
      'body.number.donorOperator',
    ],
    [
      'a spending cap in another currency',
      { number: { kind: 'new' }, plan: 'BIZ-S', settings: { spendingCap: { amount: 100, currency: 'USD' } } },
      400,
      'body.settings.spendingCap.currency',
    ],
  ])('%s is refused with a problem naming the field', async (_name, body, status, field) => {
    const t = `num-bad-${Math.random().toString(36).slice(2, 8)}`;
    await setUpTenant(t);
    const g = await registerGroup(t);
    const before = await outboxEvents(t);
    const res = await addMember(t, g, body as Record<string, unknown>);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await outboxEvents(t)).length).toBe(before.length);
    expect((await partition(`T#${t}#G#${g.groupId}`)).length).toBe(2); // profile + admin
  });

  it('a member count over the plan limit is 422 naming body.plan, and nothing is written', async () => {
    const t = 'num-limit';
    await setUpTenant(t);
    const g = await registerGroup(t);
    await addNewMember(t, g, 'BIZ-X');
    await addNewMember(t, g, 'BIZ-X');
    const res = await addMember(t, g, { number: { kind: 'new' }, plan: 'BIZ-X' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'body.plan', message: expect.stringContaining('at most 2') }]);
    const view = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(t, g) });
    expect(view.body.planCounts['BIZ-X']).toBe(2);
    expect(view.body.memberCount).toBe(3);
  });

  it('the plan limit holds under concurrent adds', async () => {
    const t = 'num-limit-race';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => addMember(t, g, { number: { kind: 'new' }, plan: 'BIZ-X' })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.status === 422)).toHaveLength(4);
  });
});

describe('the group overview pages through every member', () => {
  it('120 members, page by page: no duplicates, no gaps, capped page size', async () => {
    const t = 'num-pages';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const added = new Set<string>([`+${g.admin}`]);
    for (let batch = 0; batch < 17; batch++) {
      const res = await Promise.all(Array.from({ length: 7 }, () => addMember(t, g)));
      for (const r of res) {
        expect(r.status).toBe(201);
        added.add(r.body.member.msisdn);
      }
    }
    expect(added.size).toBe(120);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await invoke(
        'GET',
        `/v1/groups/${g.groupId}/members?limit=25${cursor ? `&cursor=${cursor}` : ''}`,
        {
          claims: adminOf(t, g),
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(25);
      seen.push(...res.body.items.map((m: { msisdn: string }) => m.msisdn));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(120);
    expect(new Set(seen)).toEqual(added);

    const tooBig = await invoke('GET', `/v1/groups/${g.groupId}/members?limit=1000`, {
      claims: adminOf(t, g),
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0].field).toBe('query.limit');
    // 119 members added one by one against DynamoDB Local: more than the default on a busy 2-core machine.
  }, 90_000);

  it("a cursor of another group's list is refused", async () => {
    const t = 'num-cursor';
    await setUpTenant(t);
    const g1 = await registerGroup(t);
    const g2 = await registerGroup(t);
    await addNewMember(t, g1);
    const page = await invoke('GET', `/v1/groups/${g1.groupId}/members?limit=1`, { claims: adminOf(t, g1) });
    expect(page.body.nextCursor).toBeTruthy();
    const res = await invoke('GET', `/v1/groups/${g2.groupId}/members?cursor=${page.body.nextCursor}`, {
      claims: adminOf(t, g2),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('query.cursor');
  });
});

describe('registration allocates the admin number too', () => {
  it('a registration with a ported admin number that is in a group is 409 and writes no group', async () => {
    const t = 'num-reg';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const body = registrationBody({}, portIn(`+${g.admin}`));
    const res = await invoke('POST', '/v1/groups', { claims: claims.operator(t), body, headers: idem() });
    expect([409, 422]).toContain(res.status);
    const list = await invoke('GET', '/v1/groups', { claims: claims.operator(t) });
    expect(list.body.items).toHaveLength(1);
  });
});
