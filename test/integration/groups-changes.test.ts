import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/db/client.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addMember,
  addNewMember,
  adminOf,
  FIXTURE_CATALOG,
  outboxEvents,
  partition,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

const memberPath = (g: RegisteredGroup, digits: string) => `/v1/groups/${g.groupId}/members/${digits}`;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

async function setUp(t: string) {
  await setUpTenant(t);
  const g = await registerGroup(t);
  return { g, admin: adminOf(t, g) };
}

describe('plans', () => {
  it('a downgrade during a commitment is 422 with the end date, and nothing changes', async () => {
    const t = 'chg-down';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g, 'BIZ-M');
    const member = await invoke('GET', memberPath(g, m), { claims: admin });
    const endsOn = member.body.commitment.endsOn as string;
    expect(member.body.commitment).toMatchObject({ plan: 'BIZ-M', months: 24, monthlyBenefit: eur(500) });
    const [sy, sm, sd] = (member.body.commitment.startsOn as string).split('-').map(Number) as [
      number,
      number,
      number,
    ];
    expect(endsOn.startsWith(`${sy + 2}-${String(sm).padStart(2, '0')}`)).toBe(true);
    expect(Number(endsOn.slice(8))).toBeLessThanOrEqual(sd);

    const before = (await outboxEvents(t)).length;
    const res = await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-S' } });
    expect(res.status).toBe(422);
    expect(res.body.commitmentEndsOn).toBe(endsOn);
    expect(res.body.detail).toContain(endsOn);
    expect(res.body.errors).toEqual([{ field: 'body.plan', message: expect.stringContaining(endsOn) }]);
    expect((await invoke('GET', memberPath(g, m), { claims: admin })).body.plan).toBe('BIZ-M');
    expect((await outboxEvents(t)).length).toBe(before);

    const quote = await invoke('GET', `${memberPath(g, m)}/plan-quote?plan=BIZ-S`, { claims: admin });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({
      direction: 'downgrade',
      allowed: false,
      refusal: { commitmentEndsOn: endsOn },
      monthlyDifference: eur(990 - 1990),
      commitmentActive: true,
    });
  });

  it('an upgrade is free: quote first, then change; counts, subscribers index, event and audit follow', async () => {
    const t = 'chg-up';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g, 'BIZ-S');
    const quote = await invoke('GET', `${memberPath(g, m)}/plan-quote?plan=BIZ-M`, { claims: admin });
    expect(quote.body).toMatchObject({
      direction: 'upgrade',
      allowed: true,
      monthlyDifference: eur(1000),
      from: { code: 'BIZ-S', monthlyFee: eur(990) },
      to: { code: 'BIZ-M', monthlyFee: eur(1990) },
      commitmentAfter: { plan: 'BIZ-M', months: 24 },
      oneTimeCharges: [],
    });
    const res = await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-M' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ plan: 'BIZ-M', commitment: { plan: 'BIZ-M', months: 24 } });
    const group = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: admin });
    expect(group.body.planCounts).toEqual({ 'BIZ-L': 1, 'BIZ-M': 1 });

    const events = await outboxEvents(t);
    expect(events).toContainEqual({
      detailType: 'PlanChanged',
      data: {
        groupId: g.groupId,
        msisdn: `+${m}`,
        from: 'BIZ-S',
        to: 'BIZ-M',
        direction: 'upgrade',
        commitmentEndsOn: res.body.commitment.endsOn,
      },
    });

    // the plan-subscribers index moved with the member: BIZ-S has no subscribers any more, BIZ-M has one
    const withoutS = { ...FIXTURE_CATALOG, plans: FIXTURE_CATALOG.plans.filter((p) => p.code !== 'BIZ-S') };
    expect((await invoke('PUT', '/v1/catalog', { claims: claims.operator(t), body: withoutS })).status).toBe(
      200,
    );
    const withoutM = { ...withoutS, plans: withoutS.plans.filter((p) => p.code !== 'BIZ-M') };
    expect((await invoke('PUT', '/v1/catalog', { claims: claims.operator(t), body: withoutM })).status).toBe(
      422,
    );

    // same plan again: no change, no event
    const again = await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-M' } });
    expect(again.status).toBe(200);
    expect((await outboxEvents(t)).length).toBe(events.length);
  });

  it('an unknown plan is 400, a full plan is 422, a plan lacking an active add-on is 422', async () => {
    const t = 'chg-bad';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g, 'BIZ-L');
    const unknown = await invoke('PUT', `${memberPath(g, m)}/plan`, {
      claims: admin,
      body: { plan: 'NOPE' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('body.plan');
    const extra = await invoke('PUT', `${memberPath(g, m)}/plan`, {
      claims: admin,
      body: { plan: 'BIZ-S', when: 'now' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].field).toBe('body.when');

    await addNewMember(t, g, 'BIZ-X');
    await addNewMember(t, g, 'BIZ-X');
    const full = await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-X' } });
    expect(full.status).toBe(422);
    expect(full.body.errors[0].field).toBe('body.plan');

    expect((await invoke('PUT', `${memberPath(g, m)}/add-ons/USA`, { claims: admin })).status).toBe(200);
    const misfit = await invoke('PUT', `${memberPath(g, m)}/plan`, {
      claims: admin,
      body: { plan: 'BIZ-S' },
    });
    expect(misfit.status).toBe(422);
    expect(misfit.body.addOns).toEqual(['USA']);
    // a downgrade without a commitment is allowed once the add-on is gone
    expect((await invoke('DELETE', `${memberPath(g, m)}/add-ons/USA`, { claims: admin })).status).toBe(200);
    expect(
      (await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-S' } })).body.plan,
    ).toBe('BIZ-S');
  });
});

describe('add-ons', () => {
  it('activates and deactivates, with events; refuses unknown and unsuitable add-ons', async () => {
    const t = 'chg-addon';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g, 'BIZ-S');
    const on = await invoke('PUT', `${memberPath(g, m)}/add-ons/TV-PACK`, { claims: admin });
    expect(on.status).toBe(200);
    expect(on.body.addOns).toEqual([{ code: 'TV-PACK', activatedAt: expect.any(String) }]);
    const unknown = await invoke('PUT', `${memberPath(g, m)}/add-ons/NOPE`, { claims: admin });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('path.addOnCode');
    const unsuitable = await invoke('PUT', `${memberPath(g, m)}/add-ons/USA`, { claims: admin });
    expect(unsuitable.status).toBe(422);
    expect(unsuitable.body.errors[0].field).toBe('path.addOnCode');
    const off = await invoke('DELETE', `${memberPath(g, m)}/add-ons/TV-PACK`, { claims: admin });
    expect(off.status).toBe(200);
    expect(off.body.addOns).toEqual([]);
    const events = (await outboxEvents(t)).filter((e) => e.detailType === 'AddOnChanged').map((e) => e.data);
    expect(events).toEqual([
      { groupId: g.groupId, msisdn: `+${m}`, addOn: 'TV-PACK', action: 'activated' },
      { groupId: g.groupId, msisdn: `+${m}`, addOn: 'TV-PACK', action: 'deactivated' },
    ]);
  });
});

describe('service settings and cost control', () => {
  it('changes services and the spending cap; the event and the audit carry before → after', async () => {
    const t = 'chg-set';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g);
    const body = {
      settings: { roaming: false, premiumRate: true, international: false, spendingCap: eur(5000) },
      label: 'Bor',
    };
    const res = await invoke('PATCH', memberPath(g, m), { claims: admin, body });
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({
      voice: true,
      sms: true,
      data: true,
      roaming: false,
      international: false,
      premiumRate: true,
      spendingCap: eur(5000),
    });
    expect(res.body.label).toBe('Bor');

    const changed = (await outboxEvents(t)).filter((e) => e.detailType === 'ServiceSettingsChanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.data).toMatchObject({
      msisdn: `+${m}`,
      before: { roaming: true, premiumRate: false, spendingCap: null },
      after: { roaming: false, premiumRate: true, spendingCap: eur(5000) },
    });

    // the same patch again changes nothing
    await invoke('PATCH', memberPath(g, m), { claims: admin, body });
    expect((await outboxEvents(t)).filter((e) => e.detailType === 'ServiceSettingsChanged')).toHaveLength(1);

    // the cap can be removed; voice and data can be barred
    const off = await invoke('PATCH', memberPath(g, m), {
      claims: admin,
      body: { settings: { spendingCap: null, voice: false, data: false, sms: false } },
    });
    expect(off.body.settings).toMatchObject({ spendingCap: null, voice: false, data: false, sms: false });

    for (const [bad, field] of [
      [{ settings: { roaming: 'no' } }, 'body.settings.roaming'],
      [{ settings: { spendingCap: { amount: 12.5, currency: 'EUR' } } }, 'body.settings.spendingCap.amount'],
      [{ settings: { spendingCap: { amount: -1, currency: 'EUR' } } }, 'body.settings.spendingCap.amount'],
      [{ settings: { spendingCap: { amount: 100, currency: 'USD' } } }, 'body.settings.spendingCap.currency'],
      [{ settings: { teleport: true } }, 'body.settings.teleport'],
      [{ plan: 'BIZ-L' }, 'body.plan'],
    ] as const) {
      const r = await invoke('PATCH', memberPath(g, m), { claims: admin, body: bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe('administrator handover', () => {
  it('hands the role to a member; the old admin token loses its rights at once', async () => {
    const t = 'chg-admin';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g);
    const other = await addNewMember(t, g);

    const notMember = await invoke('PUT', `/v1/groups/${g.groupId}/admin`, {
      claims: admin,
      body: { msisdn: '+38640199998' },
    });
    expect(notMember.status).toBe(422);
    expect(notMember.body.errors[0].field).toBe('body.msisdn');

    const res = await invoke('PUT', `/v1/groups/${g.groupId}/admin`, { claims: admin, body: { msisdn: m } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.adminMsisdn).toBe(`+${m}`);

    // old admin token: a member now
    expect(
      (await invoke('PATCH', memberPath(g, other), { claims: admin, body: { label: 'x' } })).status,
    ).toBe(403);
    expect(
      (
        await invoke('POST', `/v1/groups/${g.groupId}/members`, {
          claims: admin,
          body: { number: { kind: 'new' }, plan: 'BIZ-S' },
          headers: { 'idempotency-key': 'old-admin-try-1' },
        })
      ).status,
    ).toBe(403);
    expect((await invoke('GET', `/v1/groups/${g.groupId}`, { claims: admin })).status).toBe(403);
    expect((await invoke('GET', memberPath(g, other), { claims: admin })).status).toBe(404);
    const own = await invoke('GET', memberPath(g, g.admin), { claims: admin });
    expect(own.status).toBe(200);
    expect(own.body.role).toBe('member');
    expect(
      (await invoke('PUT', `/v1/groups/${g.groupId}/admin`, { claims: admin, body: { msisdn: g.admin } }))
        .status,
    ).toBe(403);

    // the new admin runs the group
    const newAdmin = claims.admin(t, g.groupId, m);
    expect((await invoke('GET', memberPath(g, m), { claims: newAdmin })).body.role).toBe('admin');
    expect((await addMember(t, { ...g, admin: m })).status).toBe(201);

    const events = (await outboxEvents(t)).filter((e) => e.detailType === 'AdminChanged');
    expect(events.map((e) => e.data)).toEqual([{ groupId: g.groupId, from: `+${g.admin}`, to: `+${m}` }]);
    const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: newAdmin });
    const entry = audit.body.items.find((a: { action: string }) => a.action === 'admin.changed');
    expect(entry).toMatchObject({
      actor: { role: 'admin', msisdn: `+${g.admin}` },
      before: { adminMsisdn: `+${g.admin}` },
      after: { adminMsisdn: `+${m}` },
    });
  });
});

describe('removal', () => {
  it('terminating during a commitment records the clawback with its formula; the number is released, its balance kept', async () => {
    const t = 'chg-rm';
    const { g, admin } = await setUp(t);
    const add = await addMember(t, g, {
      number: { kind: 'port-in', msisdn: '+38641555666', donorOperator: 'A1' },
      plan: 'BIZ-M',
    });
    expect(add.status).toBe(201);
    const m = '38641555666';
    // stands for the money area's balance item of the number
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { pk: `T#${t}#NUM#${m}`, sk: 'BALANCE', amount: 1234, currency: 'EUR' },
      }),
    );

    const res = await invoke('DELETE', memberPath(g, m), { claims: admin });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const clawback = res.body.charges.find((c: { kind: string }) => c.kind === 'clawback-monthly-fee');
    expect(clawback).toMatchObject({
      code: 'CLAWBACK',
      amount: eur(24 * 500),
      reason: 'early-termination',
      msisdn: `+${m}`,
    });
    expect(clawback.detail.formula).toMatch(
      /^24 remaining commitment months × €5\.00 monthly benefit = €120\.00/,
    );
    expect(clawback.detail).toMatchObject({ remainingMonths: 24, monthlyBenefit: eur(500) });

    const charges = await invoke('GET', `/v1/groups/${g.groupId}/charges?period=${clawback.period}`, {
      claims: admin,
    });
    expect(charges.body.items.map((c: { code: string }) => c.code).sort()).toEqual([
      'CLAWBACK',
      'CONN',
      'PORTIN',
    ]);

    expect((await invoke('GET', memberPath(g, m), { claims: admin })).status).toBe(404);
    expect((await invoke('GET', `/v1/groups/${g.groupId}`, { claims: admin })).body).toMatchObject({
      memberCount: 1,
      planCounts: { 'BIZ-L': 1 },
    });
    const num = await partition(`T#${t}#NUM#${m}`);
    expect(num).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sk: 'BALANCE', amount: 1234 }),
        expect.objectContaining({ sk: 'NUM', status: 'released', groupId: g.groupId }),
      ]),
    );
    const removed = (await outboxEvents(t)).filter((e) => e.detailType === 'MemberRemoved');
    expect(removed.map((e) => e.data)).toEqual([
      { groupId: g.groupId, msisdn: `+${m}`, plan: 'BIZ-M', reason: 'termination', clawback: eur(12_000) },
    ]);

    // the released number may be ported in again, into any group
    const g2 = await registerGroup(t);
    expect(
      (
        await addMember(t, g2, {
          number: { kind: 'port-in', msisdn: `+${m}`, donorOperator: 'A1' },
          plan: 'BIZ-S',
        })
      ).status,
    ).toBe(201);
  });

  it('a port-out records the port-out fee and no clawback without a commitment; the admin number cannot be removed', async () => {
    const t = 'chg-rm2';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g, 'BIZ-S');
    const res = await invoke('DELETE', `${memberPath(g, m)}?reason=port-out`, { claims: admin });
    expect(res.status).toBe(200);
    expect(res.body.charges).toEqual([
      expect.objectContaining({ code: 'PORTOUT', amount: eur(800), reason: 'port-out' }),
    ]);
    expect((await invoke('DELETE', memberPath(g, m), { claims: admin })).status).toBe(404);
    const self = await invoke('DELETE', memberPath(g, g.admin), { claims: admin });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].field).toBe('path.msisdn');
    const badReason = await invoke('DELETE', `${memberPath(g, m)}?reason=bored`, { claims: admin });
    expect(badReason.status).toBe(400);
    expect(badReason.body.errors[0].field).toBe('query.reason');
  });
});

describe('change of holder', () => {
  it('the giving admin offers, the receiving admin accepts; the new holder pays the fee', async () => {
    const t = 'chg-holder';
    await setUpTenant(t);
    const a = await registerGroup(t);
    const b = await registerGroup(t);
    const m = await addNewMember(t, a, 'BIZ-M');
    const memberBefore = (await invoke('GET', memberPath(a, m), { claims: adminOf(t, a) })).body;

    const toSelf = await invoke('POST', `${memberPath(a, m)}/holder-change`, {
      claims: adminOf(t, a),
      body: { toGroupId: a.groupId },
    });
    expect(toSelf.status).toBe(422);
    const adminNumber = await invoke('POST', `${memberPath(a, a.admin)}/holder-change`, {
      claims: adminOf(t, a),
      body: { toGroupId: b.groupId },
    });
    expect(adminNumber.status).toBe(422);

    const offer = await invoke('POST', `${memberPath(a, m)}/holder-change`, {
      claims: adminOf(t, a),
      body: { toGroupId: b.groupId },
    });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    expect(offer.body).toMatchObject({
      msisdn: `+${m}`,
      fromGroupId: a.groupId,
      toGroupId: b.groupId,
      status: 'pending',
    });
    const offerId = offer.body.offerId as string;
    const twice = await invoke('POST', `${memberPath(a, m)}/holder-change`, {
      claims: adminOf(t, a),
      body: { toGroupId: b.groupId },
    });
    expect(twice.status).toBe(409);

    const incoming = await invoke('GET', `/v1/groups/${b.groupId}/holder-changes`, { claims: adminOf(t, b) });
    expect(incoming.body.items.map((o: { offerId: string }) => o.offerId)).toEqual([offerId]);
    const outgoing = await invoke('GET', `/v1/groups/${a.groupId}/holder-changes?direction=outgoing`, {
      claims: adminOf(t, a),
    });
    expect(outgoing.body.items.map((o: { offerId: string }) => o.offerId)).toEqual([offerId]);
    // the giving admin cannot accept on the receiver's behalf
    expect(
      (
        await invoke('POST', `/v1/groups/${a.groupId}/holder-changes/${offerId}/accept`, {
          claims: adminOf(t, a),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await invoke('POST', `/v1/groups/${b.groupId}/holder-changes/${offerId}/accept`, {
          claims: adminOf(t, a),
        })
      ).status,
    ).toBe(404);

    const accept = await invoke('POST', `/v1/groups/${b.groupId}/holder-changes/${offerId}/accept`, {
      claims: adminOf(t, b),
    });
    expect(accept.status, JSON.stringify(accept.body)).toBe(200);
    expect(accept.body.member).toMatchObject({
      msisdn: `+${m}`,
      role: 'member',
      plan: 'BIZ-M',
      commitment: memberBefore.commitment,
    });
    expect(accept.body.charges).toEqual([
      expect.objectContaining({
        code: 'HOLDER',
        groupId: b.groupId,
        amount: eur(1000),
        reason: 'holder-change',
      }),
    ]);

    expect((await invoke('GET', memberPath(a, m), { claims: adminOf(t, a) })).status).toBe(404);
    expect((await invoke('GET', memberPath(b, m), { claims: adminOf(t, b) })).status).toBe(200);
    expect((await invoke('GET', `/v1/groups/${a.groupId}`, { claims: adminOf(t, a) })).body).toMatchObject({
      memberCount: 1,
      planCounts: { 'BIZ-L': 1 },
    });
    expect((await invoke('GET', `/v1/groups/${b.groupId}`, { claims: adminOf(t, b) })).body).toMatchObject({
      memberCount: 2,
      planCounts: { 'BIZ-L': 1, 'BIZ-M': 1 },
    });
    expect(await partition(`T#${t}#NUM#${m}`)).toEqual([
      expect.objectContaining({ groupId: b.groupId, status: 'active' }),
    ]);
    const events = (await outboxEvents(t)).filter((e) => e.detailType === 'HolderChanged');
    expect(events.map((e) => e.data)).toEqual([
      { msisdn: `+${m}`, fromGroupId: a.groupId, toGroupId: b.groupId, plan: 'BIZ-M', offerId },
    ]);
    for (const g of [a, b]) {
      const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: adminOf(t, g) });
      expect(audit.body.items[0]).toMatchObject({
        action: 'holder-change.completed',
        target: `+${m}`,
        actor: { msisdn: `+${b.admin}` },
      });
    }
    const again = await invoke('POST', `/v1/groups/${b.groupId}/holder-changes/${offerId}/accept`, {
      claims: adminOf(t, b),
    });
    expect(again.status).toBe(409);
  });

  it('an open offer can be declined by the receiver or withdrawn by the giver; then the number can be offered again', async () => {
    const t = 'chg-holder2';
    await setUpTenant(t);
    const a = await registerGroup(t);
    const b = await registerGroup(t);
    const m = await addNewMember(t, a);
    const offer = async () =>
      (
        await invoke('POST', `${memberPath(a, m)}/holder-change`, {
          claims: adminOf(t, a),
          body: { toGroupId: b.groupId },
        })
      ).body.offerId as string;
    const first = await offer();
    const decline = await invoke('DELETE', `/v1/groups/${b.groupId}/holder-changes/${first}`, {
      claims: adminOf(t, b),
    });
    expect(decline.body.status).toBe('declined');
    const second = await offer();
    expect(second).toBeTruthy();
    const withdraw = await invoke('DELETE', `/v1/groups/${a.groupId}/holder-changes/${second}`, {
      claims: adminOf(t, a),
    });
    expect(withdraw.body.status).toBe('withdrawn');
    expect(
      (
        await invoke('POST', `/v1/groups/${b.groupId}/holder-changes/${second}/accept`, {
          claims: adminOf(t, b),
        })
      ).status,
    ).toBe(409);
    expect((await invoke('GET', memberPath(a, m), { claims: adminOf(t, a) })).status).toBe(200);
  });
});

describe('audit trail', () => {
  it('lists every change newest first: who, when, what, before → after', async () => {
    const t = 'chg-audit';
    const { g, admin } = await setUp(t);
    const m = await addNewMember(t, g);
    await invoke('PATCH', memberPath(g, m), { claims: admin, body: { settings: { roaming: false } } });
    await invoke('PUT', `${memberPath(g, m)}/plan`, { claims: admin, body: { plan: 'BIZ-L' } });
    await invoke('PATCH', `/v1/groups/${g.groupId}`, {
      claims: admin,
      body: { billingEmail: 'new@primer.si' },
    });

    const res = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: admin });
    expect(res.status).toBe(200);
    const items = res.body.items as {
      action: string;
      at: string;
      actor: unknown;
      target: string;
      before: unknown;
      after: unknown;
    }[];
    expect(items.map((i) => i.action)).toEqual([
      'group.updated',
      'member.plan-changed',
      'member.settings-changed',
      'member.added',
      'member.added',
      'group.registered',
    ]);
    const [group, plan, settings] = items;
    expect(group).toMatchObject({
      target: 'group',
      before: { billingEmail: 'billing@primer.si' },
      after: { billingEmail: 'new@primer.si' },
    });
    expect(plan).toMatchObject({ target: `+${m}`, before: { plan: 'BIZ-S' }, after: { plan: 'BIZ-L' } });
    expect(settings).toMatchObject({ before: { roaming: true }, after: { roaming: false } });
    expect(settings!.actor).toEqual({ role: 'admin', subject: `adm-${g.admin}`, msisdn: `+${g.admin}` });
    expect(Date.parse(settings!.at)).not.toBeNaN();

    const page = await invoke('GET', `/v1/groups/${g.groupId}/audit?limit=2`, { claims: admin });
    expect(page.body.items).toHaveLength(2);
    const next = await invoke(
      'GET',
      `/v1/groups/${g.groupId}/audit?limit=10&cursor=${page.body.nextCursor}`,
      { claims: admin },
    );
    expect(next.body.items.map((i: { action: string }) => i.action)).toEqual(
      items.slice(2).map((i) => i.action),
    );
    const changed = (await outboxEvents(t)).filter((e) => e.detailType === 'GroupProfileChanged');
    expect(changed.map((e) => e.data)).toEqual([{ groupId: g.groupId, fields: ['billingEmail'] }]);
  });

  it('group profile changes are validated and admin-only', async () => {
    const t = 'chg-group';
    const { g, admin } = await setUp(t);
    for (const [body, field] of [
      [{ iban: 'SI56 0000 0000 0000 000' }, 'body.iban'],
      [{ language: 'de' }, 'body.language'],
      [{ legalName: 'Other' }, 'body.legalName'],
    ] as const) {
      const r = await invoke('PATCH', `/v1/groups/${g.groupId}`, { claims: admin, body });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].field).toBe(field);
    }
    const ok = await invoke('PATCH', `/v1/groups/${g.groupId}`, {
      claims: admin,
      body: {
        iban: 'HR12 1001 0051 8630 0016 0',
        language: 'en',
        address: { street: 'Nova 2', postalCode: '2000', city: 'Maribor' },
      },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      iban: 'HR1210010051863000160',
      language: 'en',
      company: { address: { city: 'Maribor', country: 'SI' } },
    });
    expect(
      (
        await invoke('PATCH', `/v1/groups/${g.groupId}`, {
          claims: claims.operator(t),
          body: { language: 'sl' },
        })
      ).status,
    ).toBe(403);
  });
});
