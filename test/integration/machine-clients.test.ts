import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { poolTokenVerifier } from '../../shared/handlers/pool-token.ts';
import { createTenant, putCatalog } from '../support/fixtures.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';

/**
 * Machine clients through the real handlers against DynamoDB Local: the operator gives a partner
 * machine credentials, and the machine's access tokens (signed here as the user pool signs them,
 * verified as a route admitting machines verifies them on AWS) act for the registry's tenant and
 * role, until the client is revoked.
 */
useTestTable();

const A = 'mc-tenant-a';
const B = 'mc-tenant-b';
const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_MachinePool';

let accessClaims: (clientId: string, scope: string, extra?: JWTPayload) => Promise<Record<string, string>>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const verify = poolTokenVerifier({
    issuer: ISSUER,
    selfCareClientId: 'selfcare',
    keys: createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] }),
  });
  accessClaims = async (clientId, scope, extra = {}) => {
    const token = await new SignJWT({ client_id: clientId, token_use: 'access', scope, ...extra })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setSubject(clientId)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    // What the gateway hands the function: every claim as a string.
    const payload = await verify(`Bearer ${token}`);
    return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)]));
  };
});

const create = (tenant: string, body: unknown) =>
  invoke('POST', '/v1/machine-clients', { claims: claims.operator(tenant), body });

describe('machine clients', () => {
  it('setup: two tenants, the second with a catalog of its own operator', async () => {
    await createTenant(A);
    await createTenant(B);
    await putCatalog(B);
  });

  let mediationA = '';
  let pspB = '';
  let mediationB = '';

  it("the operator gives its network credentials: the client id and the secret once, the role's scope", async () => {
    const res = await create(A, { role: 'mediation', name: 'Mediation (primary site)' });
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({
      client: { role: 'mediation', name: 'Mediation (primary site)', status: 'active', createdBy: `op-${A}` },
      scope: 'switchboard/mediation',
    });
    expect(res.body.clientSecret.length).toBeGreaterThanOrEqual(32);
    mediationA = res.body.client.clientId;
    expect(res.headers.location).toBe(`/v1/machine-clients/${mediationA}`);
    pspB = (await create(B, { role: 'psp', name: 'Bank' })).body.client.clientId;
    mediationB = (await create(B, { role: 'mediation', name: 'Network' })).body.client.clientId;
  });

  it('refuses a role that is not a machine', async () => {
    expect((await create(A, { role: 'operator', name: 'Nope' })).status).toBe(400);
  });

  it("lists the tenant's own clients, never a secret", async () => {
    const a = await invoke('GET', '/v1/machine-clients', { claims: claims.operator(A) });
    expect(a.status).toBe(200);
    expect(a.body.items.map((c: { clientId: string }) => c.clientId)).toEqual([mediationA]);
    expect(a.raw).not.toContain('Secret');
    const b = await invoke('GET', '/v1/machine-clients', { claims: claims.operator(B) });
    expect(b.body.items.map((c: { clientId: string }) => c.clientId).sort()).toEqual(
      [pspB, mediationB].sort(),
    );
  });

  it("a registered client's access token acts for the registry's tenant, whatever the token claims", async () => {
    const own = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims(mediationA, 'switchboard/mediation'),
    });
    expect(own.status, own.raw).toBe(200);
    expect(own.body.version).toBe(1);
    // Tenant B's client, its token naming tenant A and another role: it reads B's catalog.
    const other = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims(mediationB, 'switchboard/mediation', { tenant_id: A, role: 'operator' }),
    });
    expect(other.status, other.raw).toBe(200);
    expect(other.body).toMatchObject({ version: 2, createdBy: `op-${B}` });
  });

  it('acts in its own role only: a mediation client is no bank', async () => {
    const res = await invoke('GET', '/v1/payments/PAY-1', {
      claims: await accessClaims(mediationA, 'switchboard/mediation'),
    });
    expect(res.status).toBe(403);
  });

  it('refuses an unknown client and a token without the scope of its role (401, the same answer)', async () => {
    const unknown = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims('unknown000000000000000000', 'switchboard/mediation'),
    });
    expect(unknown.status).toBe(401);
    const scope = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims(mediationA, 'switchboard/psp'),
    });
    expect(scope.status).toBe(401);
    expect(scope.body.detail).toBe(unknown.body.detail);
  });

  it("lets no operator revoke another tenant's client", async () => {
    const res = await invoke('DELETE', `/v1/machine-clients/${mediationA}`, { claims: claims.operator(B) });
    expect(res.status).toBe(404);
    const still = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims(mediationA, 'switchboard/mediation'),
    });
    expect(still.status).toBe(200);
  });

  it('revokes a client: its tokens are refused from then on; revoking it again changes nothing', async () => {
    const res = await invoke('DELETE', `/v1/machine-clients/${mediationA}`, { claims: claims.operator(A) });
    expect(res.status, res.raw).toBe(204);
    const refused = await invoke('GET', '/v1/catalog', {
      claims: await accessClaims(mediationA, 'switchboard/mediation'),
    });
    expect(refused.status).toBe(401);
    expect(
      (await invoke('DELETE', `/v1/machine-clients/${mediationA}`, { claims: claims.operator(A) })).status,
    ).toBe(204);
    const list = await invoke('GET', '/v1/machine-clients', { claims: claims.operator(A) });
    expect(list.body.items[0]).toMatchObject({
      clientId: mediationA,
      status: 'revoked',
      revokedBy: `op-${A}`,
    });
  });

  it('answers 404 for an id that is no client', async () => {
    const res = await invoke('DELETE', '/v1/machine-clients/nosuchclient', { claims: claims.operator(A) });
    expect(res.status).toBe(404);
  });

  it('keeps local machine tokens as they are (no token use: the token names its principal)', async () => {
    const res = await invoke('GET', '/v1/catalog', { claims: claims.mediation(A) });
    expect(res.status).toBe(200);
  });
});
