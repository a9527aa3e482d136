import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { db, tableName } from '../../shared/db/client.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import { invoiceIdOf, proofBody } from './dunning-fixture.ts';
import { CLUB_CATALOG, registrationBody, setUpTenant, uniq } from './groups-fixture.ts';
import {
  adminOf,
  claims,
  eur,
  fund,
  invoke,
  type MoneyGroup,
  memberOf,
  moneyGroup,
  moneyTenant,
} from './money-fixture.ts';

/**
 * An `Idempotency-Key` belongs to the principal that used it first (tenant, role, subject, its
 * group and number, and the group of the path). Anyone else who sends the same key, even with the
 * very same request, is refused naming the header and never gets the stored response. Every
 * idempotent route of the registry is walked.
 */
useTestTable();

/** Deletes the tenant's idempotency records, as their expiry (or a crash before they were written) would. */
async function forgetIdempotencyRecords(tenantId: string): Promise<number> {
  const out = await db().send(
    new ScanCommand({
      TableName: tableName(),
      FilterExpression: 'begins_with(pk, :p)',
      ExpressionAttributeValues: { ':p': `T#${tenantId}#IDEM#` },
      ConsistentRead: true,
    }),
  );
  for (const item of out.Items ?? []) {
    await db().send(new DeleteCommand({ TableName: tableName(), Key: { pk: item.pk, sk: item.sk } }));
  }
  return out.Items?.length ?? 0;
}

const T = 'idem-owner';
const PERIOD = new Date().toISOString().slice(0, 7);
/** A tenant that offers business clubs. */
const TC = 'idem-owner-club';

type Claims = Record<string, string>;
interface IdempotentCase {
  method: string;
  path: () => string;
  body: () => unknown;
  owner: () => Claims;
  /** Other principals who pass the role gate of the route. */
  others: () => [name: string, claims: Claims][];
  /** A value of the stored response that must not reach anyone else. */
  secret: (body: Record<string, unknown>) => string;
}

let g: MoneyGroup;
let c: MoneyGroup;
let unmatchedPaymentId: string;

const groupOthers = (): [string, Claims][] => {
  const admin = adminOf(T, g);
  return [
    ['a member of the same group', memberOf(g, 0)],
    [
      'another admin token of the same group (a former admin, now a member)',
      claims.admin(T, g.groupId, g.members[1]!),
    ],
    ['another session of the same admin number', { ...admin, sub: 'adm-another-session' }],
  ];
};
const operatorOthers = (): [string, Claims][] => [
  ['another operator of the tenant', { ...claims.operator(T), sub: 'op-colleague' }],
];

const cases: Record<string, IdempotentCase> = {
  addStaffMember: {
    method: 'POST',
    path: () => '/v1/staff',
    body: () => ({ email: `owner-${uniq().toLowerCase()}@operator.example`, name: 'Owner Colleague' }),
    owner: () => claims.operator(T),
    others: operatorOthers,
    secret: (b) => b.staffId as string,
  },
  registerGroup: {
    method: 'POST',
    path: () => '/v1/groups',
    body: () => registrationBody(),
    owner: () => claims.operator(T),
    others: operatorOthers,
    secret: (b) => (b.group as { groupId: string }).groupId,
  },
  addMember: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/members`,
    body: () => ({ number: { kind: 'new' }, plan: 'BIZ-S', label: 'Reception' }),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => (b.member as { msisdn: string }).msisdn,
  },
  createTransfer: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/transfers`,
    body: () => ({ from: `+${g.admin}`, to: `+${g.members[0]}`, amount: eur(100), note: 'May data' }),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => b.transferId as string,
  },
  createTopUp: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/members/${g.members[0]}/top-ups`,
    body: () => ({ method: 'bank-transfer', amount: eur(700) }),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => b.paymentReference as string,
  },
  recordPayment: {
    method: 'POST',
    path: () => '/v1/payments',
    body: () => ({ paymentId: `BANK-${uniq()}`, amount: eur(300), reference: 'NO SUCH REFERENCE' }),
    owner: () => claims.psp(T),
    others: () => [
      ['the operator of the tenant', claims.operator(T)],
      ['another payment provider credential', { ...claims.psp(T), sub: 'psp-second-bank' }],
    ],
    secret: (b) => b.recordedAt as string,
  },
  createCreditLimitDeposit: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/members/${g.members[0]}/credit-limit/deposits`,
    body: () => ({ amount: eur(3000), method: 'bank-transfer' }),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => b.paymentReference as string,
  },
  recordShopDeposit: {
    method: 'POST',
    path: () => '/v1/credit-limit-deposits',
    body: () => ({
      groupId: g.groupId,
      msisdn: `+${g.members[0]}`,
      amount: eur(2000),
      paidAt: '2025-03-14T10:00:00Z',
    }),
    owner: () => claims.operator(T),
    others: operatorOthers,
    secret: (b) => b.depositId as string,
  },
  requestCreditLimitIncrease: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/members/${g.members[0]}/credit-limit/requests`,
    body: () => ({ kind: 'temporary', amount: eur(1000) }),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => b.requestId as string,
  },
  joinClub: {
    method: 'PUT',
    path: () => `/v1/groups/${c.groupId}/club/members/${c.members[3]}`,
    body: () => undefined,
    owner: () => adminOf(TC, c),
    others: () => [
      ['the member whose number it is', memberOf(c, 3)],
      ['another admin token of the same group', claims.admin(TC, c.groupId, c.members[1]!)],
      ['another session of the same admin number', { ...adminOf(TC, c), sub: 'adm-another-session' }],
    ],
    secret: (b) => (b.charges as { chargeId: string }[])[0]!.chargeId,
  },
  createPaymentProof: {
    method: 'POST',
    path: () => `/v1/groups/${g.groupId}/invoices/${invoiceIdOf(g.groupId, PERIOD)}/payment-proofs`,
    body: () => proofBody(),
    owner: () => adminOf(T, g),
    others: groupOthers,
    secret: (b) => (b.proof as { proofId: string }).proofId,
  },
  assignPayment: {
    method: 'POST',
    path: () => `/v1/payments/${unmatchedPaymentId}/assignment`,
    body: () => ({ groupId: g.groupId, msisdn: `+${g.members[0]}` }),
    owner: () => claims.operator(T),
    others: operatorOthers,
    secret: (b) => b.assignedAt as string,
  },
};

const idempotentRoutes = routes.filter((r) => r.idempotent);

describe('an Idempotency-Key belongs to the principal that used it first', () => {
  it('setup', async () => {
    await moneyTenant(T);
    g = await moneyGroup(T, 2);
    await fund(g, g.admin, 5000);
    const pay = await invoke('POST', '/v1/payments', {
      claims: claims.psp(T),
      body: { paymentId: `UNMATCHED-${uniq()}`, amount: eur(400), reference: 'MATCHES NOTHING' },
      headers: { 'idempotency-key': `setup-${uniq()}` },
    });
    expect(pay.status, pay.raw).toBe(201);
    unmatchedPaymentId = pay.body.paymentId;
    // The group's invoice of this month, for its proofs of payment.
    await runBill(T, PERIOD);
    // A business club of three numbers; the fourth joins it (and pays the club-member fee).
    await setUpTenant(TC, CLUB_CATALOG);
    c = await moneyGroup(TC, 4);
    const club = await invoke('POST', `/v1/groups/${c.groupId}/club`, {
      claims: adminOf(TC, c),
      body: { members: c.members.slice(0, 3).map((m) => `+${m}`) },
    });
    expect(club.status, club.raw).toBe(201);
  });

  it('has a case for every idempotent route', () => {
    expect(idempotentRoutes.map((r) => r.operationId).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(idempotentRoutes.map((r) => [r.operationId] as const))('%s', async (operationId) => {
    const c = cases[operationId]!;
    const headers = { 'idempotency-key': `owner-${operationId}-${uniq()}` };
    const body = c.body();
    const first = await invoke(c.method, c.path(), { claims: c.owner(), body, headers });
    expect([200, 201], first.raw).toContain(first.status);
    const secret = c.secret(first.body);
    expect(typeof secret).toBe('string');

    for (const [name, other] of c.others()) {
      const res = await invoke(c.method, c.path(), { claims: other, body, headers });
      expect([409, 422], `${name}: ${res.raw}`).toContain(res.status);
      expect(res.headers['content-type'], name).toBe('application/problem+json');
      expect(
        res.body.errors?.map((e: { field: string }) => e.field),
        name,
      ).toEqual(['header.idempotency-key']);
      expect(res.raw, `${name} must not see the stored response`).not.toContain(secret);
    }

    // The owner's own retry still replays the first response.
    const again = await invoke(c.method, c.path(), { claims: c.owner(), body, headers });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
  });

  // The operation guard that money commands write in their own transaction is the backstop when
  // the record above is gone (expired, or lost between the transaction and the record). Its
  // request carries the principal too.
  it('a money command replayed by another principal after its idempotency record is gone is refused', async () => {
    const headers = { 'idempotency-key': `guard-${uniq()}` };
    const body = { from: `+${g.admin}`, to: `+${g.members[0]}`, amount: eur(10) };
    const path = `/v1/groups/${g.groupId}/transfers`;
    const first = await invoke('POST', path, { claims: adminOf(T, g), body, headers });
    expect(first.status, first.raw).toBe(201);

    expect(await forgetIdempotencyRecords(T)).toBeGreaterThan(0);
    const otherSession = { ...adminOf(T, g), sub: 'adm-another-session' };
    const res = await invoke('POST', path, { claims: otherSession, body, headers });
    expect(res.status, res.raw).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['header.idempotency-key']);
    expect(res.raw).not.toContain(first.body.transferId);

    // the first caller's own retry still finds its result in the guard (the refused attempt left no
    // idempotency record behind)
    await forgetIdempotencyRecords(T);
    const again = await invoke('POST', path, { claims: adminOf(T, g), body, headers });
    expect(again.status, again.raw).toBe(201);
    expect(again.body.transferId).toBe(first.body.transferId);
  });
});
