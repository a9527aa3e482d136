import { describe, expect, it } from 'vitest';
import { creditLimitDeps, creditLimitReader } from '../../functions/wiring.ts';
import { isCreditorReference } from '../../shared/money/payments.ts';
import { useTestTable } from '../support/table.ts';
import {
  bankDeposit,
  creditLimitOf,
  eventsOf,
  pay,
  portedMember,
  shopDeposit,
  thisPeriod,
} from './credit-limits-fixture.ts';
import { outboxEvents, partition } from './groups-fixture.ts';
import {
  adminOf,
  balanceOf,
  claims,
  e164,
  eur,
  invoke,
  key,
  ledgerItems,
  memberOf,
  moneyGroup,
  moneyTenant,
  uniq,
} from './money-fixture.ts';

useTestTable();

const T = 'limits-dep';
const zero = eur(0);

describe('deposits raise a number’s credit limit for the billing period in which they are paid', () => {
  it('setup', async () => {
    await moneyTenant(T);
  });

  it('a bank-transfer deposit is pending with an RF reference until the bank reports a payment quoting it', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const dep = await bankDeposit(g, m, 3_000);
    expect(dep.status, dep.raw).toBe(201);
    expect(dep.body).toMatchObject({
      method: 'bank-transfer',
      status: 'pending',
      amount: eur(3_000),
      msisdn: e164(m),
      groupId: g.groupId,
    });
    expect(isCreditorReference(dep.body.paymentReference)).toBe(true);
    const before = await creditLimitOf(g, m);
    expect(before.adjustments).toEqual({ permanentIncrease: zero, temporaryIncrease: zero, deposits: zero });
    expect(before.deposits).toEqual([dep.body]);

    const paymentId = `PBZ-${uniq()}`;
    const printed = dep.body.paymentReference.toLowerCase().replace(/(.{4})/g, '$1 ');
    const paid = await pay(T, { paymentId, amount: eur(3_000), reference: printed });
    expect(paid.status, paid.raw).toBe(201);
    expect(paid.body).toMatchObject({
      status: 'matched',
      target: { type: 'number', groupId: g.groupId, msisdn: e164(m) },
      purpose: { type: 'credit-limit-deposit', id: dep.body.depositId },
      applied: eur(3_000),
    });
    expect(paid.body.overpayment).toBeUndefined();

    const after = await creditLimitOf(g, m);
    expect(after.period).toBe(thisPeriod());
    expect(after.adjustments).toEqual({
      permanentIncrease: zero,
      temporaryIncrease: zero,
      deposits: eur(3_000),
    });
    expect(after.deposits[0]).toMatchObject({
      depositId: dep.body.depositId,
      status: 'completed',
      paid: eur(3_000),
      period: thisPeriod(),
      paymentId,
    });
    // nothing became prepaid credit
    expect(await balanceOf(g, m)).toBe(0);
    expect(await ledgerItems(T, m)).toEqual([]);

    // kept for the invoice of the period, open, with all of it unused
    const records = await creditLimitDeps.limits.depositsOfPeriod(T, g.groupId, thisPeriod(), 50);
    expect(records.items).toEqual([
      expect.objectContaining({
        depositId: dep.body.depositId,
        msisdn: e164(m),
        period: thisPeriod(),
        amount: eur(3_000),
        remaining: eur(3_000),
        status: 'open',
        paymentId,
      }),
    ]);
    expect((await creditLimitDeps.limits.depositsOfPeriod(T, g.groupId, '2000-01', 50)).items).toEqual([]);

    const changed = await eventsOf(T, 'CreditLimitChanged', e164(m));
    expect(changed.map((e) => e.data)).toEqual([
      { groupId: g.groupId, msisdn: e164(m), period: thisPeriod(), reason: 'deposit', amount: eur(3_000) },
    ]);
    const received = (await outboxEvents(T)).find(
      (e) => e.detailType === 'PaymentReceived' && e.data.paymentId === paymentId,
    );
    expect(received?.data).toMatchObject({
      status: 'matched',
      purpose: { type: 'credit-limit-deposit', id: dep.body.depositId },
    });
  });

  it('a payment delivered twice completes the deposit once; another payment quoting it is prepaid credit', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const dep = await bankDeposit(g, m, 2_000);
    const body = { paymentId: `TWICE-${uniq()}`, amount: eur(2_000), reference: dep.body.paymentReference };
    const first = await pay(T, body);
    const second = await pay(T, body); // the bank delivers it again, under another Idempotency-Key
    expect(first.status, first.raw).toBe(201);
    expect(second.status, second.raw).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await creditLimitOf(g, m)).adjustments.deposits).toEqual(eur(2_000));
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toHaveLength(1);

    const more = await pay(T, {
      paymentId: `MORE-${uniq()}`,
      amount: eur(500),
      reference: dep.body.paymentReference,
    });
    expect(more.status, more.raw).toBe(201);
    expect(more.body).toMatchObject({ status: 'matched', overpayment: eur(500) });
    expect(more.body.applied).toBeUndefined();
    expect((await creditLimitOf(g, m)).adjustments.deposits).toEqual(eur(2_000));
    expect(await balanceOf(g, m)).toBe(500);
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toHaveLength(1);
  });

  it('two different payments of one deposit at the same time: one completes it, the other becomes credit', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const dep = await bankDeposit(g, m, 1_000);
    const results = await Promise.all(
      ['A', 'B'].map((x) =>
        pay(T, {
          paymentId: `RACE-${x}-${uniq()}`,
          amount: eur(1_000),
          reference: dep.body.paymentReference,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    expect(results.map((r) => r.body.applied?.amount ?? 0).sort()).toEqual([0, 1_000]);
    expect((await creditLimitOf(g, m)).adjustments.deposits).toEqual(eur(1_000));
    expect(await balanceOf(g, m)).toBe(1_000);
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toHaveLength(1);
  });

  it('an overpayment raises the limit by the deposit and credits the rest; a short payment raises it by what was paid', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const over = await bankDeposit(g, m, 3_000);
    const a = await pay(T, {
      paymentId: `OVER-${uniq()}`,
      amount: eur(3_500),
      reference: over.body.paymentReference,
    });
    expect(a.body).toMatchObject({ applied: eur(3_000), overpayment: eur(500) });
    expect(await balanceOf(g, m)).toBe(500);
    expect((await ledgerItems(T, m)).map((e) => e.kind)).toEqual(['overpayment']);

    const short = await bankDeposit(g, m, 3_000);
    const b = await pay(T, {
      paymentId: `SHORT-${uniq()}`,
      amount: eur(1_200),
      reference: short.body.paymentReference,
    });
    expect(b.body).toMatchObject({ applied: eur(1_200) });
    const page = await creditLimitOf(g, m);
    expect(page.adjustments.deposits).toEqual(eur(4_200));
    expect(page.deposits[0]).toMatchObject({ amount: eur(3_000), paid: eur(1_200), status: 'completed' });
    expect(page.deposits).toHaveLength(2);
  });

  it('a deposit of a number that left its group stays pending; the payment waits for the operator', async () => {
    const g = await moneyGroup(T, 0);
    const m = await portedMember(g);
    const dep = await bankDeposit(g, m, 1_000);
    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}?reason=port-out`, {
      claims: adminOf(T, g),
    });
    expect(removed.status, removed.raw).toBe(200);
    const paid = await pay(T, {
      paymentId: `LEFT-${uniq()}`,
      amount: eur(1_000),
      reference: dep.body.paymentReference,
    });
    expect(paid.body).toMatchObject({
      status: 'unmatched',
      unmatchedReason: expect.stringContaining(e164(m)),
    });
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toEqual([]);
  });

  it('the operator records a deposit paid at a shop: in force at once, kept for the invoice, audited', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const headers = key();
    const paidAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await shopDeposit(g, m, 2_500, { receipt: 'LJ-CENTER-000421', paidAt }, headers);
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      method: 'shop',
      status: 'completed',
      amount: eur(2_500),
      paid: eur(2_500),
      period: thisPeriod(),
      receipt: 'LJ-CENTER-000421',
      paidAt,
    });
    const again = await shopDeposit(g, m, 2_500, { receipt: 'LJ-CENTER-000421', paidAt }, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(res.body);
    expect((await creditLimitOf(g, m)).adjustments.deposits).toEqual(eur(2_500));
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toHaveLength(1);
    const records = await creditLimitDeps.limits.depositsOfPeriod(T, g.groupId, thisPeriod(), 50);
    expect(records.items).toEqual([
      expect.objectContaining({
        method: 'shop',
        amount: eur(2_500),
        status: 'open',
        receipt: 'LJ-CENTER-000421',
      }),
    ]);
    const audit = await partition(`T#${T}#G#${g.groupId}#AUDIT`);
    expect(audit.filter((a) => a.action === 'credit-limit.deposit-recorded')).toHaveLength(1);
  });

  it('a shop deposit paid in the future, in another currency or for a number outside the group is refused', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const future = await shopDeposit(g, m, 100, { paidAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.status).toBe(400);
    expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.paidAt']);
    const usd = await shopDeposit(g, m, 100, { amount: { amount: 100, currency: 'USD' } });
    expect(usd.status).toBe(400);
    const stranger = await shopDeposit(g, '38640199998', 100);
    expect(stranger.status, stranger.raw).toBe(422);
    const noGroup = await shopDeposit({ ...g, groupId: '01JNOSUCHGROUP000000000000' }, m, 100);
    expect(noGroup.status).toBe(404);
    expect((await creditLimitOf(g, m)).adjustments.deposits).toEqual(zero);
  });

  it('replays a deposit with the same Idempotency-Key; a member or the operator cannot ask for one on the group', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const headers = key();
    const a = await bankDeposit(g, m, 700, headers);
    const b = await bankDeposit(g, m, 700, headers);
    expect(b.body).toEqual(a.body);
    expect((await creditLimitOf(g, m)).deposits).toHaveLength(1);
    const path = `/v1/groups/${g.groupId}/members/${m}/credit-limit/deposits`;
    const body = { amount: eur(700), method: 'bank-transfer' };
    expect((await invoke('POST', path, { claims: memberOf(g), body, headers: key() })).status).toBe(403);
    expect((await invoke('POST', path, { claims: claims.operator(T), body, headers: key() })).status).toBe(
      403,
    );
  });
});

describe('the adjustments reader (spending control reads a number’s raised limit through it)', () => {
  it('sums the permanent increase, the period’s temporary increases and its deposits; zero when none', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    expect(await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).toEqual({
      permanentIncrease: zero,
      temporaryIncrease: zero,
      deposits: zero,
    });
    await shopDeposit(g, m, 1_000);
    await shopDeposit(g, m, 500);
    const dep = await bankDeposit(g, m, 2_000);
    await pay(T, { paymentId: `SUM-${uniq()}`, amount: eur(2_000), reference: dep.body.paymentReference });
    const { items } = await creditLimitDeps.limits.listPending(T, 200);
    expect(items.some((r) => r.msisdn === e164(m))).toBe(false);

    const period = thisPeriod();
    const got = await creditLimitReader.adjustmentsOf(T, e164(m), period, 'EUR');
    expect(got).toEqual({ permanentIncrease: zero, temporaryIncrease: zero, deposits: eur(3_500) });
    // digits only read the same; another period has none
    expect(await creditLimitReader.adjustmentsOf(T, m, period, 'EUR')).toEqual(got);
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), '2000-01', 'EUR')).deposits).toEqual(zero);
    // a number nobody holds has none
    expect((await creditLimitReader.adjustmentsOf(T, '+38640199997', period, 'EUR')).deposits).toEqual(zero);
  });

  it('a number that moves to another customer starts from the table: nothing of its previous holder counts', async () => {
    const g = await moneyGroup(T, 0);
    const m = await portedMember(g);
    await shopDeposit(g, m, 4_000);
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).deposits).toEqual(
      eur(4_000),
    );
    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}?reason=port-out`, {
      claims: adminOf(T, g),
    });
    expect(removed.status, removed.raw).toBe(200);
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).deposits).toEqual(zero);

    const other = await moneyGroup(T, 0);
    const again = await invoke('POST', `/v1/groups/${other.groupId}/members`, {
      claims: adminOf(T, other),
      body: { number: { kind: 'port-in', msisdn: e164(m), donorOperator: 'Other' }, plan: 'BIZ-S' },
      headers: key(),
    });
    expect(again.status, again.raw).toBe(201);
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).deposits).toEqual(zero);
    const page = await creditLimitOf(other, m);
    expect(page.deposits).toEqual([]);
    expect(page.adjustments.deposits).toEqual(zero);

    // the new holder's own deposit overwrites the previous holder's period item
    await shopDeposit(other, m, 300);
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).deposits).toEqual(
      eur(300),
    );
  });
});
