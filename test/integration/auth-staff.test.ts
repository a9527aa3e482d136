import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSignInDeps, tokenClaimsDeps } from '../../infra/local/wiring.ts';
import { staffUsernameOf } from '../../shared/auth/domain.ts';
import { provisionStaff } from '../../shared/auth/use-cases/staff-sign-in.ts';
import { tokenClaims } from '../../shared/auth/use-cases/token-claims.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { deliverEvents, type SignInWorld, STRONG, sent, startSignInWorld } from './auth-fixture.ts';
import { FIXTURE_CATALOG, idem, setUpTenant, uniq } from './groups-fixture.ts';

/**
 * The staff's sign-in to the desk against the local user pool, over HTTP through the local server:
 * the platform adds a tenant's first member, who signs in with the e-mailed initial password, the
 * e-mailed code and a new password, and with that token (the pool's, with our claims) adds a
 * colleague, resets and disables them; every rule of the code as the numbers' PIN keeps them.
 */
useTestTable();

const T = 'desk-a';
const OTHER = 'desk-b';
const NEW = 'Desk-2026!Strong';
let w: SignInWorld;

const email = (who: string) => `${who}-${uniq().toLowerCase()}@operator.example`;

const initialPassword = async (tenantId: string, to: string) => {
  const [text] = await sent(tenantId, to, 'staff-initial-password');
  return /([A-Z][a-z][2-9][a-z]-){2}[A-Z][a-z][2-9][a-z]/.exec(text ?? '')?.[0] ?? '';
};
const latestCode = async (tenantId: string, to: string) => {
  const [text] = await sent(tenantId, to, 'staff-sign-in-code');
  return /\b(\d{6})\b/.exec(text ?? '')?.[1] ?? '';
};

/** The platform adds a member to `tenantId`'s staff; sign-in makes the credentials. */
async function platformAdds(tenantId: string, address: string, language?: string) {
  const r = await invoke('POST', `/v1/tenants/${tenantId}/staff`, {
    claims: claims.platform(),
    body: { email: address, name: 'Ana Kovač', ...(language ? { language } : {}) },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  await deliverEvents(tenantId);
  return r.body as { staffId: string; email: string };
}

const login = (tenantId: string, address: string, password: string) =>
  w.post('/v1/auth/staff/login', { tenant: tenantId, email: address, password });
const answer = (tenantId: string, session: string, a: Record<string, unknown>) =>
  w.post('/v1/auth/staff/challenge', { tenant: tenantId, session, ...a });

/** The first sign-in: initial password, the e-mailed code, a new password. */
async function firstSignIn(tenantId: string, address: string, password = NEW) {
  const started = await login(tenantId, address, await initialPassword(tenantId, address));
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  expect(started.body).toMatchObject({ status: 'challenge', challenge: 'EMAIL_CODE' });
  const coded = await answer(tenantId, started.body.session, { code: await latestCode(tenantId, address) });
  expect(coded.body).toMatchObject({ status: 'challenge', challenge: 'NEW_PASSWORD' });
  const done = await answer(tenantId, started.body.session, { newPassword: password });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body as { token: string; refreshToken: string };
}

/** A later sign-in: the password, then the code. */
async function signIn(tenantId: string, address: string, password = NEW) {
  const started = await login(tenantId, address, password);
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  const done = await answer(tenantId, started.body.session, { code: await latestCode(tenantId, address) });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body as { token: string; refreshToken: string };
}

beforeAll(async () => {
  w = await startSignInWorld();
  await setUpTenant(T, FIXTURE_CATALOG);
  await setUpTenant(OTHER, FIXTURE_CATALOG);
});

afterAll(async () => {
  await w?.stop();
});

describe("the staff's sign-in", () => {
  it("signs a tenant's first member in with the e-mailed initial password, a code and a new password", async () => {
    const address = email('first');
    const added = await platformAdds(T, address, 'sl');
    const [mail] = await sent(T, address, 'staff-initial-password');
    expect(mail).toContain('Prijava v operaterjev delovni portal');

    const started = await login(T, address.toUpperCase(), await initialPassword(T, address));
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'EMAIL_CODE' });
    expect(started.body.destination).toMatch(/^f\*+@operator\.example$/);
    // A weak new password is refused by name after the code; the attempt goes on.
    const coded = await answer(T, started.body.session, { code: await latestCode(T, address) });
    expect(coded.body.challenge).toBe('NEW_PASSWORD');
    const weak = await answer(T, started.body.session, { newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('body.newPassword');
    const done = await answer(T, started.body.session, { newPassword: NEW });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(decodeJwt(done.body.token)).toMatchObject({
      token_use: 'id',
      role: 'operator',
      tenant_id: T,
      staff_id: added.staffId,
    });

    // The token is the desk's: an operator route answers, in this tenant only.
    const list = await w.get('/v1/staff', done.body.token);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { email: string }) => m.email)).toContain(address);
    // The initial password is spent; the new one signs in (code again).
    expect((await login(T, address, await initialPassword(T, address))).status).toBe(401);
    const again = await signIn(T, address);
    // The session renews through the one refresh route.
    const renewed = await w.post('/v1/auth/refresh', { tenant: T, refreshToken: again.refreshToken });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(decodeJwt(renewed.body.token)).toMatchObject({ role: 'operator', staff_id: added.staffId });
  });

  it('refuses a wrong password, an unknown address and another tenant alike, and never without a code', async () => {
    const address = email('refuse');
    await platformAdds(T, address);
    await firstSignIn(T, address);
    const wrong = await login(T, address, 'Not-the-password-1!');
    const unknown = await login(T, email('nobody'), NEW);
    const elsewhere = await login(OTHER, address, NEW);
    for (const r of [wrong, unknown, elsewhere]) {
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('staff-sign-in.failed');
    }
    // A right password alone is no token.
    const started = await login(T, address, NEW);
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'EMAIL_CODE' });
    expect(started.body.token).toBeUndefined();
  });

  it('ends the attempt at the fifth wrong code; a resend keeps the count', async () => {
    const address = email('codes');
    await platformAdds(T, address);
    await firstSignIn(T, address);
    const started = await login(T, address, NEW);
    const right = await latestCode(T, address);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 3; i++) {
      const r = await answer(T, started.body.session, { code: wrongCode });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('staff-sign-in.code-wrong');
    }
    const resent = await answer(T, started.body.session, { resend: true });
    expect(resent.body.challenge).toBe('EMAIL_CODE');
    expect((await answer(T, started.body.session, { code: wrongCode })).body.code).toBe(
      'staff-sign-in.code-wrong',
    );
    const fifth = await answer(T, started.body.session, { code: wrongCode });
    expect(fifth.body.code).toBe('staff-sign-in.attempt-over');
    // Over: even the right code of the resend is refused now.
    const late = await answer(T, started.body.session, { code: await latestCode(T, address) });
    expect(late.body.code).toBe('staff-sign-in.attempt-over');
    // Exactly one answer at a time, named by field.
    const two = await answer(T, started.body.session, { code: '123456', resend: true });
    expect(two.status).toBe(400);
    expect(two.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.code',
      'body.newPassword',
      'body.resend',
    ]);
  });

  it('sends at most 5 codes an hour per member (429 with Retry-After)', async () => {
    const address = email('limit');
    await platformAdds(T, address);
    await firstSignIn(T, address); // one code
    for (let i = 0; i < 4; i++) expect((await login(T, address, NEW)).status).toBe(200);
    const sixth = await login(T, address, NEW);
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('staff-sign-in.code-limit');
    expect((await sent(T, address, 'staff-sign-in-code')).length).toBe(5);
  });
});

describe("the staff's accounts", () => {
  it('lets a member add a colleague, reset their password and disable them; a disabled member is refused everywhere', async () => {
    const boss = email('boss');
    const bossId = (await platformAdds(T, boss)).staffId;
    const token = (await firstSignIn(T, boss)).token;
    const colleague = email('colleague');
    const key = idem();
    const body = { email: colleague, name: 'Marko Horvat', language: 'en' };
    const added = await w.call('POST', '/v1/staff', token, body, key);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      email: colleague,
      language: 'en',
      status: 'active',
      createdBy: bossId,
    });
    // The same request again (a retry) is the same member; the address is taken for any other.
    const retried = await w.call('POST', '/v1/staff', token, body, key);
    expect(retried.body.staffId).toBe(added.body.staffId);
    const taken = await w.call('POST', '/v1/staff', token, body, idem());
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('staff.email-taken');
    await deliverEvents(T);
    const [mail] = await sent(T, colleague, 'staff-initial-password');
    expect(mail).toContain("sign-in to the operator's desk");
    const theirs = await firstSignIn(T, colleague);

    // A reset: new credentials, the old password and session are over.
    const reset = await w.call('POST', `/v1/staff/${added.body.staffId}/password-reset`, token);
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect(reset.body.sentTo).toMatch(/^c\*+@operator\.example$/);
    expect((await login(T, colleague, NEW)).status).toBe(401);
    const stale = await w.post('/v1/auth/refresh', { tenant: T, refreshToken: theirs.refreshToken });
    expect(stale.status).toBe(401);
    const afterReset = await firstSignIn(T, colleague, 'Reset-2026!Strong');

    // Nobody disables themselves; a colleague does, and every token and session of theirs ends.
    const self = await w.call('DELETE', `/v1/staff/${bossId}`, token);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('staff.not-yourself');
    const disabled = await w.call('DELETE', `/v1/staff/${added.body.staffId}`, token);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledAt: expect.any(String) });
    expect((await w.call('DELETE', `/v1/staff/${added.body.staffId}`, token)).body.status).toBe('disabled');
    await deliverEvents(T);
    expect((await w.get('/v1/staff', afterReset.token)).status).toBe(401);
    expect(
      (await w.post('/v1/auth/refresh', { tenant: T, refreshToken: afterReset.refreshToken })).status,
    ).toBe(401);
    expect((await login(T, colleague, 'Reset-2026!Strong')).body.code).toBe('staff-sign-in.failed');
    // A reset of a disabled member is refused.
    expect((await w.call('POST', `/v1/staff/${added.body.staffId}/password-reset`, token)).status).toBe(409);
  });

  it("keeps each tenant's staff its own: another tenant's member is not found", async () => {
    const mine = await platformAdds(T, email('mine'));
    const theirs = email('theirs');
    await platformAdds(OTHER, theirs);
    const token = (await firstSignIn(OTHER, theirs)).token;
    expect((await w.call('DELETE', `/v1/staff/${mine.staffId}`, token)).status).toBe(404);
    expect((await w.call('POST', `/v1/staff/${mine.staffId}/password-reset`, token)).status).toBe(404);
    const list = await w.get('/v1/staff', token);
    expect(list.body.items.every((m: { email: string }) => m.email !== mine.email)).toBe(true);
  });

  it('refuses a language the tenant does not speak and an address that is none, by field', async () => {
    const r = await invoke('POST', `/v1/tenants/${T}/staff`, {
      claims: claims.platform(),
      body: { email: 'not-an-address', name: 'X', language: 'xx' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain('body.email');
    const lang = await invoke('POST', `/v1/tenants/${T}/staff`, {
      claims: claims.platform(),
      body: { email: email('lang'), name: 'X', language: 'de' },
    });
    expect(lang.status).toBe(400);
    expect(lang.body.errors[0].field).toBe('body.language');
    const none = await invoke('POST', '/v1/tenants/no-such-tenant/staff', {
      claims: claims.platform(),
      body: { email: email('none'), name: 'X' },
    });
    expect(none.status).toBe(404);
  });
});

describe('the credentials follow the registry', () => {
  it('are made once however often the change is delivered, and the trigger issues no claims without a grant', async () => {
    const address = email('redelivered');
    const { staffId } = await platformAdds(T, address);
    expect(await provisionStaff(staffSignInDeps, T, staffId)).toBe('unchanged');
    expect(await provisionStaff(staffSignInDeps, T, staffId)).toBe('unchanged');
    expect(await sent(T, address, 'staff-initial-password')).toHaveLength(1);
    await expect(tokenClaims(tokenClaimsDeps, { username: staffUsernameOf(T, staffId) })).rejects.toThrow(
      /no grant/,
    );
    await firstSignIn(T, address, STRONG);
  });
});
