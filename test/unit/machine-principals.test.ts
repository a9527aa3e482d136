import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { poolTokenVerifier } from '../../shared/handlers/pool-token.ts';
import { type MachineClientLookup, resolvePrincipal } from '../../shared/handlers/principal.ts';
import { Unauthenticated } from '../../shared/kernel/errors.ts';
import type { MachineClient } from '../../shared/tenants/ports.ts';

/**
 * Machine principals with tokens signed as the user pool signs them (RS256, its issuer): an access
 * token of the client-credentials grant carries `client_id` and `scope`, no `aud`, no tenant.
 */
const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_TestPool';
const SELF_CARE = 'selfcareclientid0000000000';

const registry = new Map<string, MachineClient>();
const register = (c: Partial<MachineClient> & Pick<MachineClient, 'clientId'>) =>
  registry.set(c.clientId, {
    tenantId: 'alpina',
    role: 'mediation',
    name: 'Mediation',
    createdAt: '2026-03-01T00:00:00.000Z',
    createdBy: 'op-alpina',
    status: 'active',
    ...c,
  });
const lookup: MachineClientLookup = async (id) => registry.get(id);

let sign: (claims: JWTPayload, opts?: { issuer?: string; ttl?: number }) => Promise<string>;
let verify: ReturnType<typeof poolTokenVerifier>;
let foreign: (claims: JWTPayload) => Promise<string>;

beforeAll(async () => {
  const pool = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(pool.publicKey)), kid: 'pool-key', alg: 'RS256' };
  verify = poolTokenVerifier({
    issuer: ISSUER,
    selfCareClientId: SELF_CARE,
    keys: createLocalJWKSet({ keys: [jwk] }),
  });
  const signWith =
    (key: CryptoKey, kid: string) =>
    (claims: JWTPayload, opts: { issuer?: string; ttl?: number } = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(opts.issuer ?? ISSUER)
        .setIssuedAt(now - 10)
        .setExpirationTime(now + (opts.ttl ?? 3600))
        .sign(key);
    };
  sign = signWith(pool.privateKey, 'pool-key');
  foreign = signWith(other.privateKey, 'pool-key');
  register({ clientId: 'medalpina0000000000000001' });
  register({ clientId: 'pspjadran00000000000000001', tenantId: 'jadran', role: 'psp' });
  register({
    clientId: 'revoked000000000000000001',
    status: 'revoked',
    revokedAt: '2026-03-02T00:00:00.000Z',
  });
});

const accessToken = (clientId: string, scope: string, extra: JWTPayload = {}) =>
  sign({ sub: clientId, client_id: clientId, token_use: 'access', scope, ...extra });
const principalOf = async (token: string) => resolvePrincipal(await verify(`Bearer ${token}`), lookup);

describe("a machine's access token", () => {
  it("is the registered client's: tenant and role from the registry", async () => {
    const token = await accessToken('medalpina0000000000000001', 'switchboard/mediation');
    expect(await principalOf(token)).toEqual({
      role: 'mediation',
      subject: 'medalpina0000000000000001',
      tenantId: 'alpina',
    });
  });

  it('never takes a tenant or a role from its claims', async () => {
    const token = await accessToken('pspjadran00000000000000001', 'switchboard/psp', {
      tenant_id: 'alpina',
      role: 'operator',
    });
    expect(await principalOf(token)).toEqual({
      role: 'psp',
      subject: 'pspjadran00000000000000001',
      tenantId: 'jadran',
    });
  });

  it.each([
    ['an unknown client', 'unknown00000000000000000001', 'switchboard/mediation'],
    ['a revoked client', 'revoked000000000000000001', 'switchboard/mediation'],
    ['the scope of another role', 'medalpina0000000000000001', 'switchboard/psp'],
    ['no scope of ours', 'medalpina0000000000000001', 'aws.cognito.signin.user.admin'],
  ])('of %s is refused (401)', async (_what, clientId, scope) => {
    await expect(principalOf(await accessToken(clientId, scope))).rejects.toThrow(Unauthenticated);
  });

  it('is refused when the pool did not sign it, another issuer did, or it has expired', async () => {
    const claims = {
      sub: 'medalpina0000000000000001',
      client_id: 'medalpina0000000000000001',
      token_use: 'access',
      scope: 'switchboard/mediation',
    };
    await expect(verify(`Bearer ${await foreign(claims)}`)).rejects.toThrow(Unauthenticated);
    await expect(
      verify(`Bearer ${await sign(claims, { issuer: 'https://elsewhere.example' })}`),
    ).rejects.toThrow(Unauthenticated);
    await expect(verify(`Bearer ${await sign(claims, { ttl: -60 })}`)).rejects.toThrow(Unauthenticated);
    await expect(verify(undefined)).rejects.toThrow(Unauthenticated);
  });
});

describe("a person's ID token on a route that verifies its own tokens", () => {
  const staffId = '01JNV3Q8W7X2K5M9P4R6T1Y0ST';
  const person = { sub: 'p', token_use: 'id', role: 'operator', tenant_id: 'alpina', staff_id: staffId };
  const member = (status: 'active' | 'disabled', tenantId = 'alpina') => ({
    tenantId,
    staffId,
    email: 'ana@alpina.example',
    name: 'Ana',
    language: 'sl',
    status,
    createdAt: '2026-03-01T00:00:00.000Z',
    createdBy: 'platform',
  });
  const staffOf = (found?: ReturnType<typeof member>) => async (key: string) =>
    key === `alpina#${staffId}` ? found : undefined;
  const staffPrincipal = async (token: string, found?: ReturnType<typeof member>) =>
    resolvePrincipal(await verify(`Bearer ${token}`), lookup, staffOf(found));

  it('is accepted for the self-care client only, with the principal its claims name', async () => {
    const token = await sign({ ...person, aud: SELF_CARE });
    expect(await staffPrincipal(token, member('active'))).toEqual({
      role: 'operator',
      subject: staffId,
      tenantId: 'alpina',
      staffId,
    });
    await expect(verify(`Bearer ${await sign({ ...person, aud: 'someotherclient' })}`)).rejects.toThrow(
      Unauthenticated,
    );
  });

  it("of an operator is refused unless it names an active member of its tenant's staff", async () => {
    const token = await sign({ ...person, aud: SELF_CARE });
    await expect(staffPrincipal(token, member('disabled'))).rejects.toThrow(Unauthenticated);
    await expect(staffPrincipal(token, member('active', 'jadran'))).rejects.toThrow(Unauthenticated);
    await expect(staffPrincipal(token, undefined)).rejects.toThrow(Unauthenticated);
    const { staff_id: _none, ...withoutMember } = person;
    await expect(
      staffPrincipal(await sign({ ...withoutMember, aud: SELF_CARE }), member('active')),
    ).rejects.toThrow(Unauthenticated);
  });
});
