import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import { MACHINE_ROLES, type MachineRole, machineScope, type Role } from '../../shared/kernel/actor.ts';
import { createTenant } from '../support/fixtures.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';

/**
 * Walks EVERY route of the router as every principal that must be refused, so a route added later
 * is covered without anyone remembering to add it here. Positive cases live with each area.
 */
useTestTable();

const A = 'iso-tenant-a';
const B = 'iso-tenant-b';
const GROUP_A = '01JISOGROUPAAAAAAAAAAAAAAA';
const GROUP_A2 = '01JISOGROUPAAAAAAAAAAAAAA2';
const GROUP_B = '01JISOGROUPBBBBBBBBBBBBBBB';
const ADMIN_A = '38640100001';
const MEMBER_A = '38640100002';
const OTHER_MEMBER_A = '38640100003';

/** Sample values for path parameters; a route with a parameter not listed here fails the test. */
const SAMPLE_PARAMS: Record<string, string> = {
  groupId: GROUP_A,
  msisdn: OTHER_MEMBER_A,
  invoiceId: `${GROUP_A}-202603`,
  runId: '2026-03',
  ticketId: '01JISOTICKETAAAAAAAAAAAAAA',
  requestId: '01JISOREQUESTAAAAAAAAAAAAA',
  batchId: '01JISOBATCHAAAAAAAAAAAAAAA',
  topUpId: '01JISOTOPUPAAAAAAAAAAAAAAA',
  paymentId: '01JISOPAYMENTAAAAAAAAAAAAA',
  tenantId: A,
  addOnCode: 'TV',
  offerId: '01JISOOFFERAAAAAAAAAAAAAAA',
  proofId: '01JISOPROOFAAAAAAAAAAAAAAA',
  clientId: 'isoclientaaaaaaaaaaaaaaaaa',
  staffId: '01JXSTAFFAAAAAAAAAAAAAAAAA',
};

function concretePath(route: RouteDefinition): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = SAMPLE_PARAMS[name];
    if (!v)
      throw new Error(
        `isolation test: add a sample value for path parameter {${name}} (${route.operationId})`,
      );
    return v;
  });
}

const principals = {
  platform: claims.platform(),
  operator: claims.operator(A),
  mediation: claims.mediation(A),
  psp: claims.psp(A),
  'mail-gateway': claims.mailGateway(A),
  admin: claims.admin(A, GROUP_A, ADMIN_A),
  member: claims.member(A, GROUP_A, MEMBER_A),
} satisfies Record<Role, Record<string, string>>;

const protectedRoutes = routes.filter((r) => r.access !== 'public');
const call = (route: RouteDefinition, c?: Record<string, string>, path = concretePath(route)) =>
  invoke(route.method, path, {
    ...(c ? { claims: c } : {}),
    ...(route.body ? { body: {} } : {}),
    headers: { 'idempotency-key': 'isolation-test-key' },
  });

describe('isolation: every route, every principal that must be refused', () => {
  /** Machine clients of tenant A in the registry, by role: their access tokens' principals. */
  const machineClients: Partial<Record<MachineRole, string>> = {};
  /** A member of tenant A's staff. */
  let staffOfA = '';
  const accessClaims = (clientId: string, role: MachineRole) => ({
    sub: clientId,
    token_use: 'access',
    client_id: clientId,
    scope: machineScope(role),
  });

  it('setup: two tenants, a machine client of each role at the first', async () => {
    await createTenant(A);
    await createTenant(B);
    for (const role of MACHINE_ROLES) {
      const res = await invoke('POST', '/v1/machine-clients', {
        claims: claims.operator(A),
        body: { role, name: `Isolation ${role}` },
      });
      expect(res.status, res.raw).toBe(201);
      machineClients[role] = res.body.client.clientId;
    }
    const member = await invoke('POST', '/v1/staff', {
      claims: claims.operator(A),
      body: { email: 'isolation@operator.example', name: 'Isolation Staff' },
      headers: { 'idempotency-key': 'isolation-staff-member' },
    });
    expect(member.status, member.raw).toBe(201);
    staffOfA = member.body.staffId;
  });

  it.each(protectedRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s without a token → 401',
    async (_n, route) => {
      const res = await call(route);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toBe('application/problem+json');
    },
  );

  it.each(
    protectedRoutes.flatMap((r) =>
      (Object.keys(principals) as Role[])
        .filter((role) => !(r.access as readonly Role[]).includes(role))
        .map((role) => [`${r.method} ${r.path} as ${role}`, r, role] as const),
    ),
  )('%s → 403', async (_n, route, role) => {
    const res = await call(route, principals[role]);
    expect(res.status).toBe(403);
  });

  it.each(
    protectedRoutes.flatMap((r) =>
      MACHINE_ROLES.filter((role) => !(r.access as readonly Role[]).includes(role)).map(
        (role) => [`${r.method} ${r.path} as a registered ${role} client`, r, role] as const,
      ),
    ),
  )('%s → 403', async (_n, route, role) => {
    const res = await call(route, accessClaims(machineClients[role]!, role));
    expect(res.status).toBe(403);
  });

  it.each(
    protectedRoutes.map(
      (r) => [`${r.method} ${r.path} with the access token of an unknown client`, r] as const,
    ),
  )('%s → 401', async (_n, route) => {
    const res = await call(route, accessClaims('isounknownclientaaaaaaaaaa', 'mediation'));
    expect(res.status).toBe(401);
  });

  it.each(
    protectedRoutes
      .filter((r) => r.path.includes('{clientId}'))
      .map((r) => [`${r.method} ${r.path} of another tenant's client as its operator`, r] as const),
  )('%s → 404', async (_n, route) => {
    const path = route.path.replace('{clientId}', machineClients.mediation!);
    expect((await call(route, claims.operator(B), path)).status).toBe(404);
    expect((await call(route, claims.operator(A), '/v1/machine-clients/isonosuchclient')).status).toBe(404);
  });

  it.each(
    protectedRoutes
      .filter((r) => r.path.includes('{staffId}'))
      .map((r) => [`${r.method} ${r.path} of another tenant's staff member as its operator`, r] as const),
  )('%s → 404', async (_n, route) => {
    expect((await call(route, claims.operator(B), route.path.replace('{staffId}', staffOfA))).status).toBe(
      404,
    );
    expect((await call(route, claims.operator(A))).status).toBe(404);
  });

  const groupRoutes = protectedRoutes.filter((r) => r.path.includes('{groupId}'));

  it.each(
    groupRoutes.flatMap((r) =>
      (['admin', 'member'] as const)
        .filter((role) => (r.access as readonly Role[]).includes(role))
        .flatMap((role) => [
          [
            `${r.method} ${r.path} as ${role} of another tenant`,
            r,
            claims[role](B, GROUP_B, role === 'admin' ? ADMIN_A : MEMBER_A),
          ] as const,
          [
            `${r.method} ${r.path} as ${role} of another group`,
            r,
            claims[role](A, GROUP_A2, role === 'admin' ? '38640100009' : '38640100008'),
          ] as const,
        ]),
    ),
  )('%s → 404', async (_n, route, c) => {
    const res = await call(route, c);
    expect(res.status).toBe(404);
  });

  it.each(
    groupRoutes
      .filter((r) => r.path.includes('{msisdn}') && (r.access as readonly Role[]).includes('member'))
      .map((r) => [`${r.method} ${r.path} as a member on another number`, r] as const),
  )('%s → 404', async (_n, route) => {
    const res = await call(route, principals.member);
    expect(res.status).toBe(404);
  });

  it.each(
    groupRoutes
      .filter((r) => (r.access as readonly Role[]).includes('operator'))
      .map((r) => [`${r.method} ${r.path} as the operator of another tenant`, r] as const),
  )('%s → 404 or refused input, never data', async (_n, route) => {
    const res = await call(route, claims.operator(B));
    expect(route.method === 'GET' ? [404] : [400, 404, 422]).toContain(res.status);
  });

  // The sign-in routes are public: the tenant is named by the request (the host on AWS), so each is
  // sent for a number, a session and a refresh token of tenant A at tenant B's door.
  const signInRoutes = routes.filter((r) => r.access === 'public' && r.path.startsWith('/v1/auth/'));
  const SIGN_IN_BODIES: Record<string, unknown> = {
    login: { tenant: B, username: `+${ADMIN_A}`, password: 'Whatever-12345' },
    answerChallenge: { tenant: B, session: 's'.repeat(43), pin: '123456' },
    refreshSession: { tenant: B, refreshToken: 'r'.repeat(40) },
    logout: { tenant: B, refreshToken: 'r'.repeat(40) },
    startRecovery: { tenant: B, username: `+${ADMIN_A}` },
    confirmRecovery: {
      tenant: B,
      username: `+${ADMIN_A}`,
      code: 'AAAA-BBBB-CCCC',
      newPassword: 'Whatever-12345!',
    },
    staffLogin: { tenant: B, email: 'isolation@operator.example', password: 'Whatever-12345' },
    answerStaffChallenge: { tenant: B, session: 's'.repeat(43), code: '123456' },
  };
  // Answers that say nothing either way: logout's and recovery's are the same for every caller.
  const SIGN_IN_STATUS: Record<string, number> = { logout: 204, startRecovery: 202 };
  it.each(signInRoutes.map((r) => [`${r.method} ${r.path} at another tenant's door`, r] as const))(
    '%s → refused, never a token',
    async (_n, route) => {
      const body = SIGN_IN_BODIES[route.operationId];
      expect(body, `isolation test: add a body for ${route.operationId}`).toBeDefined();
      const res = await invoke(route.method, route.path, { body });
      expect(res.status).toBe(SIGN_IN_STATUS[route.operationId] ?? 401);
      expect(res.raw).not.toContain('"token"');
    },
  );

  it('covers routes at all', () => {
    expect(protectedRoutes.length).toBeGreaterThan(3);
  });
});
