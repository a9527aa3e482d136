import { describe, expect, it } from 'vitest';
import { creditLimitDeps, creditLimitReader } from '../../functions/wiring.ts';
import { requestIncrease as requestIncreaseUseCase } from '../../shared/credit-limits/use-cases/request-increase.ts';
import { addMonths } from '../../shared/kernel/calendar.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { cachedTenant } from '../../shared/tenants/cached-tenant.ts';
import { useTestTable } from '../support/table.ts';
import {
  creditLimitOf,
  decide,
  documents,
  eventsOf,
  requestIncrease,
  thisPeriod,
  today,
} from './credit-limits-fixture.ts';
import { partition } from './groups-fixture.ts';
import {
  adminOf,
  claims,
  e164,
  eur,
  invoke,
  key,
  type MoneyGroup,
  memberOf,
  moneyGroup,
  moneyTenant,
} from './money-fixture.ts';

useTestTable();

const T = 'limits-req';
const zero = eur(0);

const pendingIds = async () => {
  const res = await invoke('GET', '/v1/credit-limit-requests?status=pending&limit=200', {
    claims: claims.operator(T),
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.items.map((r: { requestId: string }) => r.requestId) as string[];
};

describe('limit increase requests: once every two months, decided by the operator', () => {
  let g: MoneyGroup;
  it('setup', async () => {
    await moneyTenant(T);
    g = await moneyGroup(T, 4);
  });

  it('the admin asks with references to the documents; the request waits in the operator’s queue', async () => {
    const m = g.members[0]!;
    const res = await requestIncrease(g, m);
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      msisdn: e164(m),
      groupId: g.groupId,
      kind: 'permanent',
      amount: eur(10_000),
      documents,
      status: 'pending',
      requestedOn: today(),
    });
    expect(await pendingIds()).toContain(res.body.requestId);
    const page = await creditLimitOf(g, m);
    expect(page).toMatchObject({ lastRequestOn: today(), nextRequestFrom: addMonths(today(), 2) });
    expect(page.requests).toEqual([res.body]);
    // the member reads its own number's page, without the documents
    const own = await creditLimitOf(g, m, memberOf(g, 0));
    expect(own.requests[0].documents).toBeUndefined();
    expect(own.requests[0].requestId).toBe(res.body.requestId);
    // the operator decides from its queue; it does not read the number's page
    const op = await invoke('GET', `/v1/groups/${g.groupId}/members/${m}/credit-limit`, {
      claims: claims.operator(T),
    });
    expect(op.status).toBe(403);
    const audit = await partition(`T#${T}#G#${g.groupId}#AUDIT`);
    expect(audit.filter((a) => a.action === 'credit-limit.increase-requested')).toHaveLength(1);
  });

  it('a second request within two months is 409 naming the day the next one is possible, whatever the kind', async () => {
    const m = g.members[0]!;
    const next = addMonths(today(), 2);
    const again = await requestIncrease(g, m, { kind: 'temporary', amount: eur(2_000) });
    expect(again.status, again.raw).toBe(409);
    expect(again.body.nextRequestFrom).toBe(next);
    expect(again.body.detail).toContain(next);
    expect(again.body.detail).toContain(e164(m));
    // in the tenant's language when asked for it
    const hr = await invoke('POST', `/v1/groups/${g.groupId}/members/${m}/credit-limit/requests`, {
      claims: adminOf(T, g),
      body: { kind: 'temporary', amount: eur(2_000) },
      headers: { ...key(), 'accept-language': 'hr' },
    });
    expect(hr.status).toBe(409);
    expect(hr.body.detail).toContain(`moguć je od ${next}`);
    // another number of the group may still ask
    expect((await requestIncrease(g, g.members[1]!, { kind: 'temporary', amount: eur(2_000) })).status).toBe(
      201,
    );
  });

  it('two months after the last request the number may ask again (tenant calendar, day clamped to the month)', async () => {
    const actor = { principal: { ...claimsPrincipal(g), tenantId: T }, tenant: (await cachedTenant(T))! };
    const m = await addNumber(g);
    const at = (iso: string) => ({ ...creditLimitDeps, clock: fixedClock(iso) });
    // 31 December, 23:30 in Ljubljana is still 31 December: the next request is possible from 28 February
    const first = await requestIncreaseUseCase(at('2025-12-31T22:30:00Z'), actor, g.groupId, m, {
      kind: 'temporary',
      amount: eur(1_000),
    });
    expect(first.requestedOn).toBe('2025-12-31');
    await expect(
      requestIncreaseUseCase(at('2026-02-27T22:59:00Z'), actor, g.groupId, m, {
        kind: 'temporary',
        amount: eur(1_000),
      }),
    ).rejects.toMatchObject({ detail: { nextRequestFrom: '2026-02-28' } });
    const later = await requestIncreaseUseCase(at('2026-02-27T23:00:00Z'), actor, g.groupId, m, {
      kind: 'temporary',
      amount: eur(1_000),
    });
    expect(later.requestedOn).toBe('2026-02-28');
  });

  it('of two concurrent requests for one number, one is recorded and the other is 409', async () => {
    const m = g.members[2]!;
    const results = await Promise.all([
      requestIncrease(g, m, { kind: 'temporary', amount: eur(1_000) }),
      requestIncrease(g, m, { kind: 'permanent', amount: eur(5_000), documents }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await creditLimitOf(g, m)).requests).toHaveLength(1);
  });

  it('a permanent request needs its documents; a member, a former admin and the operator cannot ask', async () => {
    const m = g.members[3]!;
    const noDocs = await requestIncrease(g, m, { kind: 'permanent', amount: eur(5_000) });
    expect(noDocs.status).toBe(400);
    expect(noDocs.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.documents']);
    const image = await requestIncrease(g, m, {
      kind: 'permanent',
      amount: eur(5_000),
      documents: { ...documents, stampedRequest: { reference: 'data:image/png;base64,iVBORw0KGgo=' } },
    });
    expect(image.status).toBe(400);
    const path = `/v1/groups/${g.groupId}/members/${m}/credit-limit/requests`;
    const body = { kind: 'temporary', amount: eur(1_000) };
    expect((await invoke('POST', path, { claims: memberOf(g, 3), body, headers: key() })).status).toBe(403);
    expect((await invoke('POST', path, { claims: claims.operator(T), body, headers: key() })).status).toBe(
      403,
    );
    // nothing was recorded: the admin may still ask
    expect((await requestIncrease(g, m, body)).status).toBe(201);
  });
});

describe('the operator’s decision', () => {
  let g: MoneyGroup;
  it('setup', async () => {
    g = await moneyGroup(T, 3);
  });

  it('approving a permanent increase raises the number’s limit from now on and leaves the queue', async () => {
    const m = g.members[0]!;
    const req = await requestIncrease(g, m);
    const res = await decide(T, req.body.requestId, { decision: 'approve', reason: 'Pays on time' });
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', reason: 'Pays on time', period: thisPeriod() });
    expect(await pendingIds()).not.toContain(req.body.requestId);
    expect(await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).toEqual({
      permanentIncrease: eur(10_000),
      temporaryIncrease: zero,
      deposits: zero,
    });
    // it stays in force in later periods
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), '2099-01', 'EUR')).permanentIncrease).toEqual(
      eur(10_000),
    );
    // the two-month rule still holds after the approval
    expect((await creditLimitOf(g, m)).nextRequestFrom).toBe(addMonths(today(), 2));
    expect((await eventsOf(T, 'CreditLimitChanged', e164(m))).map((e) => e.data)).toEqual([
      {
        groupId: g.groupId,
        msisdn: e164(m),
        period: thisPeriod(),
        reason: 'permanent-increase',
        amount: eur(10_000),
      },
    ]);
    expect((await eventsOf(T, 'CreditLimitRequestDecided', e164(m))).map((e) => e.data)).toEqual([
      {
        requestId: req.body.requestId,
        groupId: g.groupId,
        msisdn: e164(m),
        kind: 'permanent',
        amount: eur(10_000),
        decision: 'approved',
        reason: 'Pays on time',
        period: thisPeriod(),
      },
    ]);
  });

  it('approving a temporary increase raises the current period only', async () => {
    const m = g.members[1]!;
    const req = await requestIncrease(g, m, { kind: 'temporary', amount: eur(2_500) });
    expect((await decide(T, req.body.requestId, { decision: 'approve' })).status).toBe(200);
    const got = await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR');
    expect(got).toEqual({ permanentIncrease: zero, temporaryIncrease: eur(2_500), deposits: zero });
    expect((await creditLimitReader.adjustmentsOf(T, e164(m), '2099-01', 'EUR')).temporaryIncrease).toEqual(
      zero,
    );
    expect((await eventsOf(T, 'CreditLimitChanged', e164(m)))[0]?.data.reason).toBe('temporary-increase');
  });

  it('a rejection needs a reason, changes no limit and is recorded; a decided request cannot be decided again', async () => {
    const m = g.members[2]!;
    const req = await requestIncrease(g, m);
    const noReason = await decide(T, req.body.requestId, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.reason']);
    const rejected = await decide(T, req.body.requestId, {
      decision: 'reject',
      reason: 'Two unpaid invoices in the last year',
    });
    expect(rejected.status, rejected.raw).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason: 'Two unpaid invoices in the last year',
    });
    expect(rejected.body.period).toBeUndefined();
    expect(
      (await creditLimitReader.adjustmentsOf(T, e164(m), thisPeriod(), 'EUR')).permanentIncrease,
    ).toEqual(zero);
    expect(await eventsOf(T, 'CreditLimitChanged', e164(m))).toEqual([]);
    expect((await eventsOf(T, 'CreditLimitRequestDecided', e164(m)))[0]?.data).toMatchObject({
      decision: 'rejected',
      reason: 'Two unpaid invoices in the last year',
    });

    for (const body of [{ decision: 'approve' }, { decision: 'reject', reason: 'again' }]) {
      const twice = await decide(T, req.body.requestId, body);
      expect(twice.status, twice.raw).toBe(409);
      expect(twice.body.requestStatus).toBe('rejected');
    }
    // a refused request still counts for the two-month rule
    expect((await requestIncrease(g, m, { kind: 'temporary', amount: eur(100) })).status).toBe(409);
    const page = await creditLimitOf(g, m);
    expect(page.requests[0]).toMatchObject({
      status: 'rejected',
      reason: 'Two unpaid invoices in the last year',
    });
    const audit = await partition(`T#${T}#G#${g.groupId}#AUDIT`);
    expect(audit.filter((a) => a.action === 'credit-limit.request-decided')).toHaveLength(3);
  });

  it('two decisions at once: one wins, the other is 409', async () => {
    const h = await moneyGroup(T, 1);
    const m = h.members[0]!;
    const req = await requestIncrease(h, m);
    const results = await Promise.all([
      decide(T, req.body.requestId, { decision: 'approve' }),
      decide(T, req.body.requestId, { decision: 'reject', reason: 'Risk policy' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await eventsOf(T, 'CreditLimitRequestDecided', e164(m))).toHaveLength(1);
  });

  it('an unknown request is 404; a request of a number that left its group can only be rejected', async () => {
    expect((await decide(T, '01JNOSUCHREQUEST0000000000', { decision: 'approve' })).status).toBe(404);
    const h = await moneyGroup(T, 1);
    const m = h.members[0]!;
    const req = await requestIncrease(h, m, { kind: 'temporary', amount: eur(900) });
    const removed = await invoke('DELETE', `/v1/groups/${h.groupId}/members/${m}?reason=termination`, {
      claims: adminOf(T, h),
    });
    expect(removed.status, removed.raw).toBe(200);
    const approve = await decide(T, req.body.requestId, { decision: 'approve' });
    expect(approve.status, approve.raw).toBe(422);
    expect(await pendingIds()).toContain(req.body.requestId);
    expect(
      (await decide(T, req.body.requestId, { decision: 'reject', reason: 'Number terminated' })).status,
    ).toBe(200);
    expect(await pendingIds()).not.toContain(req.body.requestId);
  });
});

function claimsPrincipal(g: MoneyGroup) {
  return { role: 'admin' as const, subject: `adm-${g.admin}`, groupId: g.groupId, msisdn: g.admin };
}

async function addNumber(g: MoneyGroup): Promise<string> {
  const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
    claims: adminOf(T, g),
    body: { number: { kind: 'new' }, plan: 'BIZ-S' },
    headers: key(),
  });
  expect(res.status, res.raw).toBe(201);
  return res.body.member.msisdn.slice(1);
}
