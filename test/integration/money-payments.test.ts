import { describe, expect, it } from 'vitest';
import { isCreditorReference } from '../../shared/money/payments.ts';
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
  uniq,
} from './money-fixture.ts';

useTestTable();

const T = 'money-pay';

const bankTopUp = (g: MoneyGroup, digits: string, amount: number, headers = key()) =>
  invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/top-ups`, {
    claims: adminOf(g.tenantId, g),
    body: { method: 'bank-transfer', amount: eur(amount) },
    headers,
  });

const pay = (body: Record<string, unknown>, headers = key(), c: Record<string, string> = claims.psp(T)) =>
  invoke('POST', '/v1/payments', { claims: c, body, headers });

const unmatchedIds = async () => {
  const res = await invoke('GET', '/v1/payments?status=unmatched&limit=200', { claims: claims.operator(T) });
  expect(res.status, res.raw).toBe(200);
  return res.body.items.map((p: { paymentId: string }) => p.paymentId) as string[];
};

describe('bank-transfer top-ups and payments in', () => {
  it('setup', async () => {
    await moneyTenant(T);
  });

  it('a bank top-up is pending with an RF reference until the bank reports the payment that quotes it', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const top = await bankTopUp(g, m, 2_000);
    expect(top.status, top.raw).toBe(201);
    expect(top.body).toMatchObject({
      method: 'bank-transfer',
      status: 'pending',
      amount: eur(2_000),
      msisdn: e164(m),
    });
    expect(isCreditorReference(top.body.paymentReference)).toBe(true);
    expect(top.headers.location).toBe(`/v1/groups/${g.groupId}/members/${m}/top-ups/${top.body.topUpId}`);
    expect(await balanceOf(g, m)).toBe(0);

    // As printed on a payment slip: spaces, lower case.
    const printed = top.body.paymentReference.toLowerCase().replace(/(.{4})/g, '$1 ');
    const paymentId = `NLB-${uniq()}`;
    const res = await pay({
      paymentId,
      amount: eur(2_000),
      reference: printed,
      payer: { name: 'Primer d.o.o.' },
    });
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      paymentId,
      status: 'matched',
      reference: top.body.paymentReference,
      target: { type: 'top-up', topUpId: top.body.topUpId, groupId: g.groupId, msisdn: e164(m) },
      applied: eur(2_000),
    });
    expect(res.body.overpayment).toBeUndefined();
    expect(await balanceOf(g, m)).toBe(2_000);

    const got = await invoke('GET', top.headers.location!, { claims: adminOf(T, g) });
    expect(got.body).toMatchObject({ status: 'completed', credited: eur(2_000), paymentId });
    const ledger = await ledgerItems(T, m);
    expect(ledger.map((e) => [e.kind, (e.amount as { amount: number }).amount])).toEqual([['top-up', 2_000]]);

    const events = await outboxEvents(T);
    expect(
      events.find((e) => e.detailType === 'PaymentReceived' && e.data.paymentId === paymentId)?.data,
    ).toMatchObject({
      status: 'matched',
      applied: eur(2_000),
    });
    expect(
      events.find((e) => e.detailType === 'BalanceToppedUp' && e.data.paymentId === paymentId)?.data,
    ).toMatchObject({
      method: 'bank-transfer',
      amount: eur(2_000),
      msisdn: e164(m),
    });
  });

  it('an overpayment becomes credit; an underpayment credits what arrived; a second payment of a paid top-up is all credit', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const over = await bankTopUp(g, m, 1_000);
    const a = await pay({
      paymentId: `P-${uniq()}`,
      amount: eur(1_500),
      reference: over.body.paymentReference,
    });
    expect(a.body).toMatchObject({ status: 'matched', applied: eur(1_000), overpayment: eur(500) });
    expect(await balanceOf(g, m)).toBe(1_500);

    const again = await pay({
      paymentId: `P-${uniq()}`,
      amount: eur(300),
      reference: over.body.paymentReference,
    });
    expect(again.body).toMatchObject({ status: 'matched', overpayment: eur(300) });
    expect(again.body.applied).toBeUndefined();
    expect(await balanceOf(g, m)).toBe(1_800);

    const under = await bankTopUp(g, m, 1_000);
    const b = await pay({
      paymentId: `P-${uniq()}`,
      amount: eur(600),
      reference: under.body.paymentReference,
    });
    expect(b.body).toMatchObject({ status: 'matched', applied: eur(600) });
    expect(await balanceOf(g, m)).toBe(2_400);
    const topUp = await invoke('GET', `/v1/groups/${g.groupId}/members/${m}/top-ups/${under.body.topUpId}`, {
      claims: adminOf(T, g),
    });
    expect(topUp.body).toMatchObject({ status: 'completed', amount: eur(1_000), credited: eur(600) });

    const ledger = await ledgerItems(T, m);
    expect(ledger.map((e) => [e.kind, (e.amount as { amount: number }).amount])).toEqual([
      ['top-up', 1_000],
      ['overpayment', 500],
      ['overpayment', 300],
      ['top-up', 600],
    ]);
  });

  it('a second delivery of the same payment changes nothing; the same id with other details is 409', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const top = await bankTopUp(g, m, 800);
    const body = { paymentId: `DUP-${uniq()}`, amount: eur(800), reference: top.body.paymentReference };
    const first = await pay(body);
    const second = await pay(body); // another delivery: another Idempotency-Key
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    const clash = await pay({ ...body, amount: eur(801) });
    expect(clash.status).toBe(409);
    const [x, y] = await Promise.all([
      pay({ ...body, paymentId: `${body.paymentId}-c` }),
      pay({ ...body, paymentId: `${body.paymentId}-c` }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 201]);
    expect(await balanceOf(g, m)).toBe(1_600);
  });

  it('replays a retried report with the same Idempotency-Key; the same key with another body is 422', async () => {
    const headers = key();
    const body = { paymentId: `IDEM-${uniq()}`, amount: eur(100) };
    const first = await pay(body, headers);
    const again = await pay(body, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await pay({ ...body, amount: eur(101) }, headers);
    expect(other.status).toBe(422);
  });

  it('keeps unmatched payments for the operator, who credits one to a number', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const noRef = await pay({ paymentId: `U-${uniq()}`, amount: eur(450) }, key(), claims.operator(T));
    const unknownRef = await pay({
      paymentId: `U-${uniq()}`,
      amount: eur(50),
      reference: 'RF18539007547034',
    });
    expect(noRef.status).toBe(201);
    expect(noRef.body).toMatchObject({
      status: 'unmatched',
      unmatchedReason: expect.stringContaining('no reference'),
    });
    expect(unknownRef.body).toMatchObject({ status: 'unmatched' });
    expect(await unmatchedIds()).toEqual(
      expect.arrayContaining([noRef.body.paymentId, unknownRef.body.paymentId]),
    );

    const url = `/v1/payments/${noRef.body.paymentId}/assignment`;
    const assign = { groupId: g.groupId, msisdn: e164(m) };
    const res = await invoke('POST', url, { claims: claims.operator(T), body: assign, headers: key() });
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({
      status: 'assigned',
      target: { type: 'number', ...assign },
      applied: eur(450),
    });
    expect(await balanceOf(g, m)).toBe(450);
    expect(await unmatchedIds()).not.toContain(noRef.body.paymentId);
    const again = await invoke('POST', url, { claims: claims.operator(T), body: assign, headers: key() });
    expect(again.status).toBe(200);
    const elsewhere = await invoke('POST', url, {
      claims: claims.operator(T),
      body: { groupId: g.groupId, msisdn: e164(g.admin) },
      headers: key(),
    });
    expect(elsewhere.status).toBe(409);
    expect(await balanceOf(g, m)).toBe(450);

    const stranger = await invoke('POST', `/v1/payments/${unknownRef.body.paymentId}/assignment`, {
      claims: claims.operator(T),
      body: { groupId: g.groupId, msisdn: '+38640199999' },
      headers: key(),
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].field).toBe('body.msisdn');
    const missing = await invoke('GET', '/v1/payments/NOPE-1', { claims: claims.psp(T) });
    expect(missing.status).toBe(404);
    const got = await invoke('GET', `/v1/payments/${unknownRef.body.paymentId}`, { claims: claims.psp(T) });
    expect(got.body.status).toBe('unmatched');
  });

  it('a payment for a top-up whose number has left the group is kept unmatched, not credited to it', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const top = await bankTopUp(g, m, 900);
    const removed = await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m}`, {
      claims: adminOf(T, g),
      headers: key(),
    });
    expect(removed.status, removed.raw).toBeLessThan(300);
    const res = await pay({
      paymentId: `GONE-${uniq()}`,
      amount: eur(900),
      reference: top.body.paymentReference,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'unmatched',
      unmatchedReason: expect.stringContaining('no longer in its group'),
    });
    expect(await ledgerItems(T, m)).toHaveLength(0);
  });

  it('refuses a payment in another currency or with a bad amount, naming the field, recording nothing', async () => {
    const id = `BAD-${uniq()}`;
    for (const [amount, field] of [
      [{ amount: 100, currency: 'USD' }, 'body.amount.currency'],
      [eur(0), 'body.amount.amount'],
      [eur(10.5), 'body.amount.amount'],
    ] as const) {
      const res = await pay({ paymentId: id, amount });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await invoke('GET', `/v1/payments/${id}`, { claims: claims.operator(T) })).status).toBe(404);
  });

  it('only the admin tops up: a member 403, another group 404, a number outside the group 404', async () => {
    const g = await moneyGroup(T, 1);
    const other = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const asMember = await invoke('POST', `/v1/groups/${g.groupId}/members/${m}/top-ups`, {
      claims: memberOf(g),
      body: { method: 'bank-transfer', amount: eur(100) },
      headers: key(),
    });
    expect(asMember.status).toBe(403);
    const otherAdmin = await invoke('POST', `/v1/groups/${g.groupId}/members/${m}/top-ups`, {
      claims: adminOf(T, other),
      body: { method: 'bank-transfer', amount: eur(100) },
      headers: key(),
    });
    expect(otherAdmin.status).toBe(404);
    const outside = await bankTopUp(g, other.members[0]!, 100);
    expect(outside.status).toBe(404);
  });
});

describe('PayPal top-ups (local adapter)', () => {
  const paypal = (g: MoneyGroup, digits: string, amount: number, orderId: string, headers = key()) =>
    invoke('POST', `/v1/groups/${g.groupId}/members/${digits}/top-ups`, {
      claims: adminOf(g.tenantId, g),
      body: { method: 'paypal', amount: eur(amount), orderId },
      headers,
    });

  it('captures an approved order and credits it at once; a retry replays; the same order twice is refused', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const headers = key();
    const order = `ORDER-${uniq()}`;
    const res = await paypal(g, m, 1_250, order, headers);
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ method: 'paypal', status: 'completed', credited: eur(1_250) });
    expect(res.body.paymentId).toMatch(/^paypal-LOCAL-/);
    const again = await paypal(g, m, 1_250, order, headers);
    expect(again.body).toEqual(res.body);
    expect(await balanceOf(g, m)).toBe(1_250);

    const reused = await paypal(g, m, 1_250, order);
    expect(reused.status).toBe(409);
    expect(await balanceOf(g, m)).toBe(1_250);
    const declinedTopUp = await invoke(
      'GET',
      `/v1/groups/${g.groupId}/members/${m}/top-ups/${reused.body.topUpId}`,
      {
        claims: adminOf(T, g),
      },
    );
    expect(declinedTopUp.body).toMatchObject({ status: 'declined', declineReason: 'DUPLICATE_CAPTURE' });
  });

  it('a declined payment is 422 and credits nothing; retrying it with the same key gives the same answer', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const headers = key();
    const order = `DECLINE-${uniq()}`;
    const res = await paypal(g, m, 500, order, headers);
    expect(res.status, res.raw).toBe(422);
    expect(res.body).toMatchObject({ declineReason: 'INSTRUMENT_DECLINED' });
    const again = await paypal(g, m, 500, order, headers);
    expect(again.status).toBe(422);
    expect(again.body.topUpId).toBe(res.body.topUpId);
    const got = await invoke('GET', `/v1/groups/${g.groupId}/members/${m}/top-ups/${res.body.topUpId}`, {
      claims: adminOf(T, g),
    });
    expect(got.body.status).toBe('declined');
    expect(await balanceOf(g, m)).toBe(0);
  });
});

describe('payment settings', () => {
  it('the admin chooses direct debit from the group IBAN with a mandate, or manual payment; audited; the operator sees it masked', async () => {
    const g = await moneyGroup(T, 1);
    const url = `/v1/groups/${g.groupId}/payment-settings`;
    const initial = await invoke('GET', url, { claims: adminOf(T, g) });
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({ method: 'manual' });

    const put = await invoke('PUT', url, {
      claims: adminOf(T, g),
      body: { method: 'direct-debit', mandate: { reference: 'ALP-2025-000042', signedOn: '2025-01-15' } },
    });
    expect(put.status, put.raw).toBe(200);
    expect(put.body).toMatchObject({
      method: 'direct-debit',
      iban: 'SI56191000000123438',
      mandate: { reference: 'ALP-2025-000042' },
    });
    const asOperator = await invoke('GET', url, { claims: claims.operator(T) });
    expect(asOperator.body.iban).toMatch(/^•+3438$/);

    const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: adminOf(T, g) });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('payment-settings.changed');

    const future = await invoke('PUT', url, {
      claims: adminOf(T, g),
      body: { method: 'direct-debit', mandate: { reference: 'X-1', signedOn: '2999-01-01' } },
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('body.mandate.signedOn');
    const noMandate = await invoke('PUT', url, { claims: adminOf(T, g), body: { method: 'direct-debit' } });
    expect(noMandate.status).toBe(400);
    const byMember = await invoke('PUT', url, { claims: memberOf(g), body: { method: 'manual' } });
    expect(byMember.status).toBe(403);
    const memberRead = await invoke('GET', url, { claims: memberOf(g) });
    expect(memberRead.status).toBe(403);

    const manual = await invoke('PUT', url, { claims: adminOf(T, g), body: { method: 'manual' } });
    expect(manual.body.method).toBe('manual');
    expect((await invoke('GET', url, { claims: adminOf(T, g) })).body.method).toBe('manual');
  });
});
