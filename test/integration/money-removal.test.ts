import { describe, expect, it } from 'vitest';
import { useTestTable } from '../support/table.ts';
import { addMember, registerGroup } from './groups-fixture.ts';
import {
  adminOf,
  balanceOf,
  e164,
  eur,
  fund,
  invoke,
  ledgerItems,
  moneyGroup,
  moneyTenant,
  transfer,
} from './money-fixture.ts';

useTestTable();

const T = 'money-removal';

describe('a number leaving its group with prepaid credit', () => {
  it('setup', async () => {
    await moneyTenant(T);
  });

  it("returns the member's remaining credit to the administrator, in the same transaction, with ledger entries", async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    await fund(g, g.admin, 3_000);
    expect((await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(1_250) })).status).toBe(201);

    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}?reason=termination`, {
      claims: adminOf(T, g),
    });
    expect(removed.status, removed.raw).toBe(200);
    // the answer says what happened: the number is released and its credit went to the admin
    expect(removed.body.member).toMatchObject({ msisdn: e164(m), status: 'released' });
    expect(removed.body.creditReturned).toEqual(eur(1_250));

    expect(await balanceOf(g, g.admin)).toBe(3_000);
    const memberEntries = await ledgerItems(T, m);
    const sum = memberEntries.reduce((acc, e) => acc + (e.amount as { amount: number }).amount, 0);
    expect(sum).toBe(0);
    expect(memberEntries.map((e) => e.kind).sort()).toEqual(['transfer-in', 'transfer-out']);
    const adminEntries = await ledgerItems(T, g.admin);
    expect(
      adminEntries.some((e) => e.kind === 'transfer-in' && (e.amount as { amount: number }).amount === 1_250),
    ).toBe(true);
  });

  it('never lets the next holder of a released number see the previous credit', async () => {
    // a number ported in from another operator (numbers of the tenant's own ranges cannot be ported in)
    const g = await moneyGroup(T, 0);
    const m = `38631${String(Date.now()).slice(-6)}`;
    const portIn = { number: { kind: 'port-in', msisdn: e164(m), donorOperator: 'Other' }, plan: 'BIZ-S' };
    expect((await addMember(T, g, portIn)).status).toBe(201);
    await fund(g, g.admin, 2_000);
    expect((await transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(700) })).status).toBe(201);
    expect(
      (
        await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}?reason=port-out`, {
          claims: adminOf(T, g),
        })
      ).status,
    ).toBe(200);

    // another customer of the same operator ports the released number in
    const other = await registerGroup(T);
    const ported = await addMember(T, other, portIn);
    expect(ported.status, ported.raw).toBe(201);
    const bal = await invoke('GET', `/v1/groups/${other.groupId}/members/${m}/balance`, {
      claims: adminOf(T, other),
    });
    expect(bal.status, bal.raw).toBe(200);
    expect(bal.body.balance.amount).toBe(0);
    expect(await balanceOf(g, g.admin)).toBe(2_000);
  });

  it('removes a member without credit as before', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}?reason=termination`, {
      claims: adminOf(T, g),
    });
    expect(removed.status, removed.raw).toBe(200);
    expect(await ledgerItems(T, m)).toEqual([]);
  });

  it("on a change of holder, the credit goes back to the offering company's admin, not to the new holder", async () => {
    const a = await moneyGroup(T, 1);
    const [m] = a.members as [string];
    await fund(a, a.admin, 1_500);
    expect((await transfer(a, { from: e164(a.admin), to: e164(m), amount: eur(600) })).status).toBe(201);
    const b = await registerGroup(T);

    const offer = await invoke('POST', `/v1/groups/${a.groupId}/members/${m}/holder-change`, {
      claims: adminOf(T, a),
      body: { toGroupId: b.groupId },
    });
    expect(offer.status, offer.raw).toBe(201);
    const accept = await invoke(
      'POST',
      `/v1/groups/${b.groupId}/holder-changes/${offer.body.offerId}/accept`,
      {
        claims: adminOf(T, b),
      },
    );
    expect(accept.status, accept.raw).toBe(200);

    expect(await balanceOf(a, a.admin)).toBe(1_500);
    const bal = await invoke('GET', `/v1/groups/${b.groupId}/members/${m}/balance`, {
      claims: adminOf(T, b),
    });
    expect(bal.body.balance.amount).toBe(0);
  });
});
