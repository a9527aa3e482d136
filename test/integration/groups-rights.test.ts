import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { routes } from '../../functions/registry.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addNewMember,
  adminOf,
  idem,
  outboxEvents,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

/**
 * Isolation, tested as users would try to break it. The first test walks EVERY route of the
 * router under `/v1/groups/{groupId}` (today's and any added later) and calls it as each hostile
 * principal. Request bodies and required query parameters come from the first `examples` entry
 * of the route's zod schema (`.meta({ examples: [...] })`), so a new route only needs an example
 * to be covered; without one this test fails and says so.
 */
const TENANT = 'rights-a';
const OTHER_TENANT = 'rights-b';
const ANY_ID = '01J00000000000000000000000';

let g: RegisteredGroup;
let g2: RegisteredGroup;
let h: RegisteredGroup;
let m1: string;
let m2: string;

beforeAll(async () => {
  await setUpTenant(TENANT);
  await setUpTenant(OTHER_TENANT);
  g = await registerGroup(TENANT);
  g2 = await registerGroup(TENANT);
  h = await registerGroup(OTHER_TENANT);
  m1 = await addNewMember(TENANT, g, 'BIZ-L');
  m2 = await addNewMember(TENANT, g, 'BIZ-M');
});

function exampleOf(schema: z.ZodType | undefined): unknown {
  const meta = schema?.meta() as { examples?: unknown[] } | undefined;
  return meta?.examples?.[0];
}

function requestFor(route: RouteDefinition, values: Record<string, string>) {
  const path = route.path.replace(
    /\{(\w+)\}/g,
    // An invoice id is the group id and a period: one of this group's, whatever it names.
    (_, name: string) =>
      values[name] ?? (name === 'invoiceId' && values.groupId ? `${values.groupId}-202603` : ANY_ID),
  );
  let query = '';
  if (route.query && !route.query.safeParse({}).success) {
    const ex = exampleOf(route.query) as Record<string, string> | undefined;
    if (!ex)
      throw new Error(
        `${route.operationId}: its query schema needs .meta({ examples: [...] }) for the isolation test`,
      );
    query = `?${new URLSearchParams(ex).toString()}`;
  }
  let body: unknown;
  if (route.body) {
    body = exampleOf(route.body);
    if (body === undefined)
      throw new Error(
        `${route.operationId}: its body schema needs .meta({ examples: [...] }) for the isolation test`,
      );
    // The examples name numbers of the demo tenant; a transfer here goes between this group's
    // admin and the number the caller names as its own, as someone trying it would send it.
    if (route.operationId === 'createTransfer') {
      body = { ...(body as object), from: `+${g.admin}`, to: `+${values.msisdn ?? m1}` };
    }
  }
  return { path: `${path}${query}`, body };
}

const groupRoutes = routes.filter((r) => r.path.includes('{groupId}'));
const call = (route: RouteDefinition, who: Record<string, string>, values: Record<string, string>) => {
  const { path, body } = requestFor(route, values);
  return invoke(route.method, path, { claims: who, body, headers: idem() });
};
const admits = (route: RouteDefinition, role: string) =>
  route.access !== 'public' && route.access.includes(role as never);

describe('every group route, as every hostile principal', () => {
  it('covers the group routes of the router (and every one has what the test needs)', () => {
    expect(groupRoutes.length).toBeGreaterThanOrEqual(18);
    for (const r of groupRoutes) expect(() => requestFor(r, {})).not.toThrow();
  });

  it('an admin or member of another group, an admin of another tenant: 404 everywhere; nothing changes', async () => {
    const before = await outboxEvents(TENANT);
    const hostile = [
      ['admin of another group', claims.admin(TENANT, g2.groupId, g2.admin), 'admin'],
      ['member of another group', claims.member(TENANT, g2.groupId, g2.admin), 'member'],
      ['admin of another tenant', claims.admin(OTHER_TENANT, h.groupId, h.admin), 'admin'],
      ['admin of another tenant naming this group', claims.admin(OTHER_TENANT, g.groupId, g.admin), 'admin'],
      ['operator of another tenant', claims.operator(OTHER_TENANT), 'operator'],
    ] as const;
    const failures: string[] = [];
    for (const route of groupRoutes) {
      for (const [who, principal, role] of hostile) {
        const res = await call(route, principal, {
          groupId: g.groupId,
          msisdn: m1,
          addOnCode: 'TV-PACK',
          offerId: ANY_ID,
        });
        const expected = admits(route, role) ? 404 : 403;
        if (res.status !== expected)
          failures.push(`${route.method} ${route.path} as ${who}: ${res.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await outboxEvents(TENANT)).length).toBe(before.length);
    const view = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(TENANT, g) });
    expect(view.body.memberCount).toBe(3);
  });

  it('a member: any change is 403, naming another member is 404, group-level reads are 403', async () => {
    const member = claims.member(TENANT, g.groupId, m1);
    const before = await outboxEvents(TENANT);
    const failures: string[] = [];
    for (const route of groupRoutes) {
      // aims at another member where the path names a number; at itself for changes
      for (const target of route.path.includes('{msisdn}') ? [m2, m1] : [m1]) {
        const res = await call(route, member, {
          groupId: g.groupId,
          msisdn: target,
          addOnCode: 'TV-PACK',
          offerId: ANY_ID,
        });
        // Another member's number is not revealed (404), whatever the method; anything else a
        // member tries to change is 403; group-level reads are 403.
        let expected: number | undefined;
        if (target === m2) expected = admits(route, 'member') ? 404 : 403;
        else if (route.method !== 'GET') expected = 403;
        else if (!route.path.includes('{msisdn}')) expected = 403;
        if (expected !== undefined && res.status !== expected) {
          failures.push(
            `${route.method} ${route.path} (${target === m1 ? 'own' : 'other'}) as member: ${res.status}, expected ${expected}`,
          );
        }
        if (res.status >= 500) failures.push(`${route.method} ${route.path}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await outboxEvents(TENANT)).length).toBe(before.length);
  });

  it('the operator never reads usage or balance detail (403), and never gets a 5xx', async () => {
    const failures: string[] = [];
    for (const route of groupRoutes) {
      const res = await call(route, claims.operator(TENANT), {
        groupId: g.groupId,
        msisdn: m1,
        addOnCode: 'TV-PACK',
        offerId: ANY_ID,
      });
      if (/\/(usage|balance)(\/|$)/.test(route.path) && res.status !== 403)
        failures.push(`${route.method} ${route.path}: ${res.status}`);
      // Commands that are the operator's own (voiding an invoice, reporting a new SIM) are walked
      // as the operator in the contract walk; every other command is refused to it.
      const operatorCommand = (route.allowed ?? []).includes('operator');
      if (route.method !== 'GET' && !operatorCommand && ![403, 404].includes(res.status))
        failures.push(`${route.method} ${route.path} changed something: ${res.status}`);
      if (res.status >= 500) failures.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('what each principal sees', () => {
  it('a member reads its own record only', async () => {
    const member = claims.member(TENANT, g.groupId, m1);
    const own = await invoke('GET', `/v1/groups/${g.groupId}/members/${m1}`, { claims: member });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ msisdn: `+${m1}`, plan: 'BIZ-L', settings: expect.any(Object) });
    expect((await invoke('GET', `/v1/groups/${g.groupId}/members/${m2}`, { claims: member })).status).toBe(
      404,
    );
    expect(
      (await invoke('GET', `/v1/groups/${g.groupId}/members/${g.admin}`, { claims: member })).status,
    ).toBe(404);
    expect(
      (await invoke('GET', `/v1/groups/${g.groupId}/members/38640199990`, { claims: member })).status,
    ).toBe(404);
    for (const path of ['', '/members', '/audit', '/charges']) {
      expect((await invoke('GET', `/v1/groups/${g.groupId}${path}`, { claims: member })).status).toBe(403);
    }
  });

  it('a member trying to change itself is refused with 403 and a reason', async () => {
    const member = claims.member(TENANT, g.groupId, m1);
    const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${m1}`, {
      claims: member,
      body: { settings: { roaming: true } },
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/admin/);
    expect(
      (
        await invoke('PUT', `/v1/groups/${g.groupId}/members/${m1}/plan`, {
          claims: member,
          body: { plan: 'BIZ-S' },
        })
      ).status,
    ).toBe(403);
    expect((await invoke('DELETE', `/v1/groups/${g.groupId}/members/${m1}`, { claims: member })).status).toBe(
      403,
    );
    expect(
      (await invoke('GET', `/v1/groups/${g.groupId}/members/${m1}`, { claims: adminOf(TENANT, g) })).body
        .plan,
    ).toBe('BIZ-L');
  });

  it('the operator sees the product list: numbers, plans, add-ons, status; no settings, labels or usage', async () => {
    const op = claims.operator(TENANT);
    const list = await invoke('GET', `/v1/groups/${g.groupId}/members`, { claims: op });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    for (const item of list.body.items) {
      expect(Object.keys(item).sort()).toEqual([
        'addOns',
        'addedAt',
        'line',
        'msisdn',
        'origin',
        'plan',
        'role',
        'status',
      ]);
    }
    // Mobiles all: a fixed line would say so (customer care registers where its PIN goes).
    expect(new Set(list.body.items.map((m: { line: string }) => m.line))).toEqual(new Set(['mobile']));
    const one = await invoke('GET', `/v1/groups/${g.groupId}/members/${m1}`, { claims: op });
    expect(one.body.settings).toBeUndefined();
    expect((await invoke('GET', `/v1/groups/${g.groupId}/charges`, { claims: op })).status).toBe(403);
    // the audit trail carries IBANs, e-mails, labels and caps: never the operator's
    expect((await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: op })).status).toBe(403);
    expect(
      (await invoke('PATCH', `/v1/groups/${g.groupId}/members/${m1}`, { claims: op, body: { label: 'x' } }))
        .status,
    ).toBe(403);
  });

  it("another tenant's operator does not see this tenant's groups", async () => {
    const list = await invoke('GET', '/v1/groups', { claims: claims.operator(OTHER_TENANT) });
    expect(list.body.items.map((x: { groupId: string }) => x.groupId)).toEqual([h.groupId]);
    expect(
      (await invoke('GET', `/v1/groups/${g.groupId}`, { claims: claims.operator(OTHER_TENANT) })).status,
    ).toBe(404);
  });
});
