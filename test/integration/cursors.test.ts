import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { isPaginated, type RouteDefinition } from '../../shared/handlers/route.ts';
import { useTestTable } from '../support/table.ts';
import { foreignCharge, runBill } from './bill-run-fixture.ts';
import { declareProof, invoiceIdOf, openDunningAt, pendingProof } from './dunning-fixture.ts';
import { addNewMember, adminOf, CLUB_CATALOG, registerGroup, setUpTenant, uniq } from './groups-fixture.ts';
import { claims, eur, fund, invoke, key, type MoneyGroup, moneyGroup } from './money-fixture.ts';

/**
 * Pagination cursors are sealed: only a cursor this API handed out, for the same list (operation,
 * path and filters) and the same principal, continues a list. Anything else, crafted or borrowed,
 * is a 400 naming `query.cursor`, never a 5xx. Every paginated route of the registry is walked.
 */
useTestTable();

const T = 'cursor-a';
const T2 = 'cursor-b';
/** A tenant that offers business clubs. */
const T3 = 'cursor-c';
const PERIOD = new Date().toISOString().slice(0, 7);
const NEXT_PERIOD = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5, 7)), 1))
  .toISOString()
  .slice(0, 7);

type Claims = Record<string, string>;
interface ListCase {
  path: string;
  /** Filters other than the page (`limit`, `cursor`). */
  query?: string;
  /** Allowed on this list. */
  principal: Claims;
  /** Also allowed on this very list, but someone else. */
  other: Claims;
}

let a: MoneyGroup;
let b: MoneyGroup;
const cases = new Map<string, ListCase>();

const paginated = routes.filter(isPaginated);

const listOf = (c: ListCase, extra: string, who = c.principal) =>
  invoke('GET', `${c.path}?${[c.query, extra].filter(Boolean).join('&')}`, { claims: who });

const firstPage = async (c: ListCase, who = c.principal) => {
  const res = await listOf(c, 'limit=1', who);
  expect(res.status, res.raw).toBe(200);
  expect(res.body.items).toHaveLength(1);
  expect(typeof res.body.nextCursor, `${c.path}: needs a second page`).toBe('string');
  return res.body.nextCursor as string;
};

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
/** The key a cursor carries, if its first part is base64 JSON (whatever the API's format). */
const innerKey = (cursor: string): Record<string, unknown> | undefined => {
  try {
    const v = JSON.parse(Buffer.from(cursor.split('.')[0]!, 'base64url').toString('utf8'));
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
};

function refused(res: { status: number; raw: string; body: { errors?: { field: string }[] } }, what: string) {
  expect(res.status, `${what}: ${res.raw}`).toBe(400);
  expect(
    res.body.errors?.map((e) => e.field),
    what,
  ).toEqual(['query.cursor']);
}

/** Crafted cursors: the shapes that reached DynamoDB as `ExclusiveStartKey`, and plain garbage. */
function crafted(real: string): [string, string][] {
  const key = innerKey(real) ?? {};
  const [pkAttr] = Object.keys(key).filter((k) => k.endsWith('pk'));
  const skAttrs = Object.keys(key).filter((k) => k.endsWith('sk'));
  const mac = real.includes('.') ? real.slice(real.lastIndexOf('.')) : '';
  const shapes: [string, unknown][] = [
    ['an empty object', {}],
    ['a missing sort key', Object.fromEntries(Object.entries(key).filter(([k]) => !skAttrs.includes(k)))],
    ['an extra attribute', { ...key, extra: 'x' }],
    ['a number in a key', { ...key, [skAttrs[0] ?? 'sk']: 42 }],
    ['an empty string in a key', { ...key, [skAttrs[0] ?? 'sk']: '' }],
    ['a key outside the range', { ...key, [skAttrs[0] ?? 'sk']: '~~~~' }],
    ['another partition', { ...key, [pkAttr ?? 'pk']: 'T#someone-else#G#X' }],
    ['an array', [1, 2]],
    ['null', null],
  ];
  const out: [string, string][] = [];
  for (const [name, value] of shapes) {
    out.push([`${name} (unsealed)`, b64(value)]);
    if (mac) out.push([`${name} (with the real seal)`, `${b64(value)}${mac}`]);
    const forged = createHmac('sha256', 'guessed-key').update(b64(value)).digest('base64url');
    out.push([`${name} (sealed with a guessed key)`, `${b64(value)}.${forged}`]);
  }
  out.push(
    ['the real cursor without its seal', real.split('.')[0]!],
    ['the real cursor with a flipped seal', real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A')],
    ['the real cursor twice', `${real}${real}`],
    ['a dot', '.'],
    ['two dots', 'a.b.c'],
    ['not base64', '!!!!'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['2048 characters', 'A'.repeat(2048)],
    ['unicode', 'čćž€😀'],
  );
  return out;
}

describe('pagination cursors', () => {
  it('setup: two tenants, groups with members, offers, money movements, batches and payments', async () => {
    await setUpTenant(T);
    await setUpTenant(T2);
    a = await moneyGroup(T, 3);
    b = await moneyGroup(T, 1);
    await registerGroup(T);
    await addNewMember(T, a);
    // Two offers from A to B: two incoming for B, two outgoing for A.
    for (const m of a.members.slice(0, 2)) {
      const offer = await invoke('POST', `/v1/groups/${a.groupId}/members/${m}/holder-change`, {
        claims: adminOf(T, a),
        body: { toGroupId: b.groupId },
      });
      expect(offer.status, offer.raw).toBe(201);
    }
    const m = a.members[2]!;
    await fund(a, m, 1000);
    await fund(a, m, 500);
    for (let i = 0; i < 2; i++) {
      const batch = await invoke('POST', '/v1/voucher-batches', {
        claims: claims.operator(T),
        body: { value: eur(500), count: 1, validUntil: '2099-12-31' },
      });
      expect(batch.status, batch.raw).toBe(201);
      const pay = await invoke('POST', '/v1/payments', {
        claims: claims.psp(T),
        body: { paymentId: `UNMATCHED-${i}`, amount: eur(100), reference: `NOTHING ${i}` },
        headers: key(),
      });
      expect(pay.status, pay.raw).toBe(201);
    }
    // Two credit-limit increase requests waiting for the operator.
    for (const n of a.members.slice(0, 2)) {
      const req = await invoke('POST', `/v1/groups/${a.groupId}/members/${n}/credit-limit/requests`, {
        claims: adminOf(T, a),
        body: { kind: 'temporary', amount: eur(1000) },
        headers: key(),
      });
      expect(req.status, req.raw).toBe(201);
    }

    const operator = claims.operator(T);
    const otherOperator = { ...operator, sub: 'op-someone-else' };
    const admin = adminOf(T, a);
    const otherAdminSession = { ...admin, sub: 'adm-another-session' };
    const set = (operationId: string, c: ListCase) => cases.set(operationId, c);
    set('listTenants', {
      path: '/v1/tenants',
      principal: claims.platform(),
      other: { sub: 'platform-someone-else', role: 'platform' },
    });
    set('listCatalogVersions', { path: '/v1/catalog/versions', principal: operator, other: otherOperator });
    set('listGroups', { path: '/v1/groups', principal: operator, other: otherOperator });
    set('listVoucherBatches', { path: '/v1/voucher-batches', principal: operator, other: otherOperator });
    for (const role of ['mediation', 'psp']) {
      const made = await invoke('POST', '/v1/machine-clients', {
        claims: operator,
        body: { role, name: `Cursor ${role}` },
      });
      expect(made.status, made.raw).toBe(201);
    }
    set('listMachineClients', { path: '/v1/machine-clients', principal: operator, other: otherOperator });
    for (const name of ['Cursor One', 'Cursor Two', 'Cursor Three']) {
      const made = await invoke('POST', '/v1/staff', {
        claims: operator,
        body: { email: `${name.replace(' ', '.').toLowerCase()}@operator.example`, name },
        headers: key(),
      });
      expect(made.status, made.raw).toBe(201);
    }
    set('listStaff', { path: '/v1/staff', principal: operator, other: otherOperator });
    set('listUnmatchedPayments', {
      path: '/v1/payments',
      query: 'status=unmatched',
      principal: operator,
      other: otherOperator,
    });
    set('listCreditLimitRequests', {
      path: '/v1/credit-limit-requests',
      query: 'status=pending',
      principal: operator,
      other: otherOperator,
    });
    set('listMembers', { path: `/v1/groups/${a.groupId}/members`, principal: admin, other: operator });
    set('listGroupAudit', {
      path: `/v1/groups/${a.groupId}/audit`,
      principal: admin,
      other: otherAdminSession,
    });
    set('listGroupCharges', {
      path: `/v1/groups/${a.groupId}/charges`,
      principal: admin,
      other: otherAdminSession,
    });
    set('listHolderChanges', {
      path: `/v1/groups/${a.groupId}/holder-changes`,
      query: 'direction=outgoing',
      principal: admin,
      other: otherAdminSession,
    });
    set('getStatement', {
      path: `/v1/groups/${a.groupId}/statement`,
      principal: admin,
      other: otherAdminSession,
    });
    const records = [0, 1, 2].map((i) => ({
      recordId: `CURSOR-${uniq()}-${i}`,
      msisdn: `+${m}`,
      type: 'sms',
      startedAt: new Date().toISOString(),
      quantity: 1,
    }));
    const rated = await invoke('POST', '/v1/usage-records', {
      claims: claims.mediation(T),
      body: { records },
    });
    expect(rated.body.accepted, rated.raw).toBe(3);
    const rejected = await invoke('POST', '/v1/usage-records', {
      claims: claims.mediation(T),
      body: { records: [0, 1, 2, 3, 4].map((i) => ({ recordId: `CURSOR-REJ-${uniq()}-${i}` })) },
    });
    expect(rejected.body.rejected, rejected.raw).toBe(5);
    set('listRejectedRecords', {
      path: '/v1/usage-records/rejected',
      principal: claims.mediation(T),
      other: { ...claims.mediation(T), sub: 'mediation-another-system' },
    });
    set('listUsageRecords', {
      path: `/v1/groups/${a.groupId}/members/${m}/usage/records`,
      principal: admin,
      other: claims.member(T, a.groupId, m),
    });
    // A business club of three numbers.
    await setUpTenant(T3, CLUB_CATALOG);
    const c = await registerGroup(T3);
    const founders = [await addNewMember(T3, c), await addNewMember(T3, c), await addNewMember(T3, c)];
    const club = await invoke('POST', `/v1/groups/${c.groupId}/club`, {
      claims: adminOf(T3, c),
      body: { members: founders.map((m) => `+${m}`) },
    });
    expect(club.status, club.raw).toBe(201);
    set('listClubMembers', {
      path: `/v1/groups/${c.groupId}/club/members`,
      principal: adminOf(T3, c),
      other: claims.operator(T3),
    });
    // Support tickets: two by a member (the admin reads them too), two rejected messages.
    for (let i = 0; i < 2; i++) {
      const t = await invoke('POST', '/v1/tickets', {
        claims: claims.member(T, a.groupId, a.members[0]!),
        body: { subject: `Cursor ${i}`, body: 'A question.', category: 'technical' },
      });
      expect(t.status, t.raw).toBe(201);
      const r = await invoke('POST', '/v1/inbound-email', {
        claims: claims.mailGateway(T),
        body: {
          messageId: `<cursor-${uniq()}@x>`,
          from: 'nobody@x.example',
          to: 's@op.example',
          subject: 's',
          text: 't',
        },
      });
      expect(r.body.outcome, r.raw).toBe('rejected');
    }
    set('listTickets', {
      path: '/v1/tickets',
      principal: admin,
      other: claims.member(T, a.groupId, a.members[0]!),
    });
    set('listOpenTickets', { path: '/v1/support-queue', principal: operator, other: otherOperator });
    set('listRejectedMail', { path: '/v1/rejected-mail', principal: operator, other: otherOperator });
    // Invoices: a tenant with seller details, one group invoiced for two periods (this month and
    // the next), two groups whose data fails this month's run.
    const I = 'cursor-inv';
    await setUpTenant(I);
    const billed = await registerGroup(I);
    for (let i = 0; i < 2; i++) {
      const bad = await registerGroup(I);
      await foreignCharge(I, bad.groupId, `+${bad.admin}`, PERIOD);
    }
    await runBill(I, PERIOD);
    await runBill(I, NEXT_PERIOD);
    const invoiceAdmin = adminOf(I, billed);
    set('listInvoices', {
      path: `/v1/groups/${billed.groupId}/invoices`,
      principal: invoiceAdmin,
      other: { ...invoiceAdmin, sub: 'adm-another-session' },
    });
    const invoiceOperator = claims.operator(I);
    const invoiceOtherOperator = { ...invoiceOperator, sub: 'op-someone-else' };
    set('listBillRuns', { path: '/v1/bill-runs', principal: invoiceOperator, other: invoiceOtherOperator });
    set('listBillRunFailures', {
      path: `/v1/bill-runs/${PERIOD}/failures`,
      principal: invoiceOperator,
      other: invoiceOtherOperator,
    });
    // Payment proofs of the billed group's invoice (two waiting for review) and two suspended dunnings.
    const invoiceId = invoiceIdOf(billed.groupId, PERIOD);
    await declareProof(I, billed, invoiceId);
    await pendingProof(I, billed, invoiceId);
    await pendingProof(I, billed, invoiceId);
    await openDunningAt(I, invoiceId, 'suspended');
    await openDunningAt(I, invoiceIdOf(billed.groupId, NEXT_PERIOD), 'suspended');
    set('listPaymentProofs', {
      path: `/v1/groups/${billed.groupId}/invoices/${invoiceId}/payment-proofs`,
      principal: invoiceAdmin,
      other: invoiceOperator,
    });
    set('listPaymentProofQueue', {
      path: '/v1/payment-proofs',
      query: 'status=pending',
      principal: invoiceOperator,
      other: invoiceOtherOperator,
    });
    set('listDunnings', {
      path: '/v1/dunnings',
      query: 'stage=suspended',
      principal: invoiceOperator,
      other: invoiceOtherOperator,
    });
    set('listNumberLedger', {
      path: `/v1/groups/${a.groupId}/members/${m}/ledger`,
      principal: admin,
      other: claims.member(T, a.groupId, m),
    });
  });

  it('finds the paginated routes in the registry, and has a case for each', () => {
    expect(paginated.length).toBeGreaterThanOrEqual(11);
    expect(paginated.map((r) => r.operationId).sort()).toEqual([...cases.keys()].sort());
  });

  const each = (fn: (route: RouteDefinition, c: ListCase) => Promise<void>) =>
    it.each(paginated.map((r) => [r.operationId, r] as const))('%s', async (_n, route) => {
      const c = cases.get(route.operationId);
      if (!c) throw new Error(`no cursor case for ${route.operationId}`);
      await fn(route, c);
    });

  describe('a cursor the list handed out continues it', () => {
    each(async (_route, c) => {
      const cursor = await firstPage(c);
      const first = await listOf(c, 'limit=1');
      const second = await listOf(c, `limit=1&cursor=${encodeURIComponent(cursor)}`);
      expect(second.status, second.raw).toBe(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0]).not.toEqual(first.body.items[0]);
      // The page size may change between pages.
      const rest = await listOf(c, `limit=50&cursor=${encodeURIComponent(cursor)}`);
      expect(rest.status, rest.raw).toBe(200);
    });
  });

  describe('crafted cursors → 400', () => {
    each(async (_route, c) => {
      const real = await firstPage(c);
      for (const [what, cursor] of crafted(real)) {
        refused(await listOf(c, `limit=1&cursor=${encodeURIComponent(cursor)}`), what);
      }
    });
  });

  describe('random cursors → 400, never 5xx', () => {
    each(async (_route, c) => {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), async (cursor) => {
          refused(await listOf(c, `cursor=${encodeURIComponent(cursor)}`), JSON.stringify(cursor));
        }),
        { numRuns: 25 },
      );
    });
  });

  describe("another principal's valid cursor → 400", () => {
    each(async (_route, c) => {
      const mine = await firstPage(c);
      const theirs = await firstPage(c, c.other);
      refused(await listOf(c, `cursor=${encodeURIComponent(theirs)}`), 'their cursor, my token');
      refused(await listOf(c, `cursor=${encodeURIComponent(mine)}`, c.other), 'my cursor, their token');
    });
  });

  describe("another list's valid cursor → 400", () => {
    each(async (route, c) => {
      for (const [otherId, other] of cases) {
        if (otherId === route.operationId) continue;
        const theirs = await firstPage(other);
        refused(await listOf(c, `cursor=${encodeURIComponent(theirs)}`, c.principal), `cursor of ${otherId}`);
      }
    });
  });

  it("another group's list, or the same list with other filters → 400", async () => {
    const admin = adminOf(T, a);
    const outgoing = await firstPage(cases.get('listHolderChanges')!);
    const incomingOfB = {
      path: `/v1/groups/${b.groupId}/holder-changes`,
      principal: adminOf(T, b),
      other: admin,
    };
    expect(typeof (await firstPage({ ...incomingOfB, query: 'direction=incoming' }))).toBe('string');
    refused(
      await invoke(
        'GET',
        `/v1/groups/${a.groupId}/holder-changes?direction=incoming&cursor=${encodeURIComponent(outgoing)}`,
        {
          claims: admin,
        },
      ),
      'outgoing cursor on the incoming list',
    );
    refused(
      await listOf({ ...incomingOfB, query: 'direction=outgoing' }, `cursor=${encodeURIComponent(outgoing)}`),
      "A's cursor on B's list",
    );
    const charges = await firstPage(cases.get('listGroupCharges')!);
    const period = new Date().toISOString().slice(0, 7);
    refused(
      await invoke(
        'GET',
        `/v1/groups/${a.groupId}/charges?period=${period}&cursor=${encodeURIComponent(charges)}`,
        {
          claims: admin,
        },
      ),
      'a cursor of all periods on one period',
    );
    const ledger = await firstPage(cases.get('listNumberLedger')!);
    refused(
      await invoke(
        'GET',
        `/v1/groups/${a.groupId}/members/${a.members[1]}/ledger?cursor=${encodeURIComponent(ledger)}`,
        {
          claims: admin,
        },
      ),
      "another number's ledger",
    );
  });
});
