import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { rolesThatSucceed } from '../../shared/handlers/route.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import { invoiceIdOf, proofBody } from './dunning-fixture.ts';
import { CLUB_CATALOG, setUpTenant } from './groups-fixture.ts';
import {
  adminOf,
  balanceOf,
  claims,
  e164,
  eur,
  fund,
  invoke,
  key,
  type MoneyGroup,
  moneyGroup,
} from './money-fixture.ts';

useTestTable();

const T = 'money-rights';
const PERIOD = new Date().toISOString().slice(0, 7);

/**
 * Every money-moving command of a group, with a body that succeeds for the group's admin. A new
 * idempotent group route must be added here (the first test fails until it is).
 */
const COMMANDS: Record<string, (g: MoneyGroup) => { path: string; body?: Record<string, unknown> }> = {
  createTransfer: (g) => ({
    path: `/v1/groups/${g.groupId}/transfers`,
    body: { from: e164(g.admin), to: e164(g.members[0]!), amount: eur(100) },
  }),
  createTopUp: (g) => ({
    path: `/v1/groups/${g.groupId}/members/${g.admin}/top-ups`,
    body: { method: 'bank-transfer', amount: eur(100) },
  }),
  addMember: (g) => ({
    path: `/v1/groups/${g.groupId}/members`,
    body: { number: { kind: 'new' }, plan: 'BIZ-S' },
  }),
  createCreditLimitDeposit: (g) => ({
    path: `/v1/groups/${g.groupId}/members/${g.admin}/credit-limit/deposits`,
    body: { amount: eur(3000), method: 'bank-transfer' },
  }),
  requestCreditLimitIncrease: (g) => ({
    path: `/v1/groups/${g.groupId}/members/${g.admin}/credit-limit/requests`,
    body: { kind: 'temporary', amount: eur(1000) },
  }),
  // The admin's own number joins the group's business club (and pays the club-member fee).
  joinClub: (g) => ({ path: `/v1/groups/${g.groupId}/club/members/${g.admin}` }),
  // A proof of payment of the group's invoice of this month (issued in the set-up).
  createPaymentProof: (g) => ({
    path: `/v1/groups/${g.groupId}/invoices/${invoiceIdOf(g.groupId, PERIOD)}/payment-proofs`,
    body: { ...proofBody() },
  }),
};

const groupCommands = routes.filter((r) => r.idempotent && r.path.startsWith('/v1/groups/{groupId}'));

/** Every read of a group that a member may not make (its contract's roles leave `member` out). */
const adminReads = routes.filter(
  (r) =>
    r.method === 'GET' &&
    r.path.startsWith('/v1/groups/{groupId}') &&
    !rolesThatSucceed(r).includes('member'),
);

/** Query values for reads that require one (a valid value, so that only the rights can refuse). */
const READ_QUERIES: Record<string, string> = {
  quotePlanChange: '?plan=BIZ-L',
  listHolderChanges: '?direction=outgoing',
};

/** A read's path on the group `g`, naming the admin's own number where a number is asked for. */
const readPath = (route: (typeof routes)[number], g: MoneyGroup) =>
  route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name === 'groupId'
      ? g.groupId
      : name === 'msisdn'
        ? g.admin
        : name === 'invoiceId'
          ? `${g.groupId}-202603`
          : '01JRIGHTSSAMPLEID000000000',
  ) + (READ_QUERIES[route.operationId] ?? '');

describe('money and member commands check the role and the stored admin', () => {
  let g: MoneyGroup;
  beforeAll(async () => {
    await setUpTenant(T, {
      ...CLUB_CATALOG,
      policies: { ...CLUB_CATALOG.policies, transfers: { maxPerTransfer: 10_000, maxPerDay: 50_000 } },
    });
    g = await moneyGroup(T, 3);
    await fund(g, g.admin, 5_000);
    const club = await invoke('POST', `/v1/groups/${g.groupId}/club`, {
      claims: adminOf(T, g),
      body: { members: g.members.map(e164) },
    });
    expect(club.status, club.raw).toBe(201);
    await runBill(T, PERIOD);
  });

  it('cover every idempotent command of a group', () => {
    expect(groupCommands.map((r) => r.operationId).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it("a member token naming the admin's own number is refused (403) and moves nothing", async () => {
    const before = [await balanceOf(g, g.admin), await balanceOf(g, g.members[0]!)];
    for (const route of groupCommands) {
      const { path, body } = COMMANDS[route.operationId]!(g);
      const res = await invoke(route.method, path, {
        claims: claims.member(T, g.groupId, g.admin),
        body,
        headers: key(),
      });
      expect(res.status, `${route.operationId}: ${res.raw}`).toBe(403);
    }
    expect([await balanceOf(g, g.admin), await balanceOf(g, g.members[0]!)]).toEqual(before);
  });

  it("a former admin's token is refused (403) once the role was handed over, and moves nothing", async () => {
    const h = await moneyGroup(T, 1);
    await fund(h, h.admin, 1_000);
    const former = adminOf(T, h);
    const handover = await invoke('PUT', `/v1/groups/${h.groupId}/admin`, {
      claims: former,
      body: { msisdn: e164(h.members[0]!) },
    });
    expect(handover.status, handover.raw).toBe(200);
    for (const route of groupCommands) {
      const { path, body } = COMMANDS[route.operationId]!(h);
      const res = await invoke(route.method, path, { claims: former, body, headers: key() });
      expect(res.status, `${route.operationId}: ${res.raw}`).toBe(403);
    }
    expect(await balanceOf({ ...h, admin: h.members[0]! }, h.admin)).toBe(1_000);
  });

  it("admin-only reads refuse both: a member token naming the admin's number and a former admin's token", async () => {
    expect(adminReads.length).toBeGreaterThan(3);
    const h = await moneyGroup(T, 1);
    const former = adminOf(T, h);
    const handover = await invoke('PUT', `/v1/groups/${h.groupId}/admin`, {
      claims: former,
      body: { msisdn: e164(h.members[0]!) },
    });
    expect(handover.status, handover.raw).toBe(200);
    for (const route of adminReads) {
      for (const [who, c] of [
        ["a member token naming the admin's number", claims.member(T, g.groupId, g.admin)],
        ["a former admin's token", former],
      ] as const) {
        const group = c === former ? h : g;
        const path = readPath(route, c === former ? { ...h, admin: h.admin } : group);
        const res = await invoke('GET', path, { claims: c });
        expect([403, 404], `${route.operationId} as ${who}: ${res.raw}`).toContain(res.status);
      }
    }
  });

  it('the admin itself succeeds with the same commands (the bodies are valid)', async () => {
    for (const route of groupCommands) {
      const { path, body } = COMMANDS[route.operationId]!(g);
      const res = await invoke(route.method, path, { claims: adminOf(T, g), body, headers: key() });
      expect([200, 201], `${route.operationId}: ${res.raw}`).toContain(res.status);
    }
  });
});
