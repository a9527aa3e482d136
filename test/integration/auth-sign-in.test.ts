import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as onMemberAdded } from '../../functions/auth/on-member-added.ts';
import { localContext } from '../../infra/local/api-event.ts';
import { generateLocalKeyPair, signToken } from '../../infra/local/tokens.ts';
import { signInDeps } from '../../infra/local/wiring.ts';
import { PIN_VALID_SECONDS } from '../../shared/auth/domain.ts';
import { answerChallenge, login } from '../../shared/auth/use-cases/sign-in.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { Unauthenticated } from '../../shared/kernel/errors.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  deliverEvents,
  firstSignIn,
  initialPasswordOf,
  latestPin,
  type SignInWorld,
  STRONG,
  sent as sms,
  startSignInWorld,
} from './auth-fixture.ts';
import {
  addMember,
  addNewMember,
  adminOf,
  busDelivery,
  FIXTURE_CATALOG,
  outboxDetails,
  type RegisteredGroup,
  registerGroup,
  setUpTenant,
} from './groups-fixture.ts';

/**
 * The whole self-care sign-in against the local user pool (cognito-local as `npm start` runs it,
 * its trigger served by the local Lambda endpoint), over HTTP through the local server: provisioning
 * from the group events, the initial password and the PINs from the outbox, the tokens and an API
 * call with them, and every rule the PIN keeps.
 */
useTestTable();

const PIN = 'pin-tenant';
const PLAIN = 'plain-tenant';
let w: SignInWorld;
const post = (path: string, body: unknown) => w.post(path, body);
const get = (path: string, token: string) => w.get(path, token);

let g: RegisteredGroup;
let h: RegisteredGroup;
let m1: string;
let m2: string;
let ported: string;
let plainMember: string;

beforeAll(async () => {
  w = await startSignInWorld();

  await setUpTenant(PIN, { ...FIXTURE_CATALOG, policies: { smsPinAtLogin: true, smsPinHoldDays: 7 } });
  await setUpTenant(PLAIN, FIXTURE_CATALOG);
  g = await registerGroup(PIN);
  m1 = await addNewMember(PIN, g);
  m2 = await addNewMember(PIN, g);
  const digits = `38631${String(Date.now()).slice(-5)}${Math.floor(Math.random() * 10)}`;
  const added = await addMember(PIN, g, {
    number: { kind: 'port-in', msisdn: `+${digits}`, donorOperator: 'Other' },
    plan: 'BIZ-S',
  });
  expect(added.status, added.raw).toBe(201);
  ported = digits;
  h = await registerGroup(PLAIN);
  plainMember = await addNewMember(PLAIN, h);
  await deliverEvents(PIN);
  await deliverEvents(PLAIN);
});

afterAll(async () => {
  await w?.stop();
});

describe('provisioning from the group events', () => {
  it('gives every new number an initial password by SMS in the group language, once', async () => {
    for (const n of [g.admin, m1, m2, ported]) {
      const texts = await sms(PIN, n, 'initial-password');
      expect(texts, n).toHaveLength(1);
      expect(texts[0]).toContain('začetno geslo');
    }
    // A redelivery (the bus is at least once) sends nothing more and keeps the password.
    const before = await initialPasswordOf(PIN, m1);
    const added = (await outboxDetails(PIN)).find(
      (e) => e.detailType === 'MemberAdded' && e.detail.data.msisdn === `+${m1}`,
    )!;
    await onMemberAdded({ ...busDelivery(added), id: 'again' }, localContext('again'));
    const { provisionNumber } = await import('../../shared/auth/use-cases/provision-number.ts');
    const { provisionDeps } = await import('../../infra/local/wiring.ts');
    expect(await provisionNumber(provisionDeps, PIN, `+${m1}`)).toBe('unchanged');
    expect(await sms(PIN, m1, 'initial-password')).toHaveLength(1);
    expect(await initialPasswordOf(PIN, m1)).toBe(before);
  });
});

describe('first sign-in, then an API call with the token', () => {
  let token: string;

  it('refuses a wrong initial password and an unknown number alike', async () => {
    const wrong = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${g.admin}`,
      password: 'Xx2x-Xx2x-Xx2x',
    });
    const unknown = await post('/v1/auth/login', {
      tenant: PIN,
      username: '+38640199998',
      password: 'whatever',
    });
    const malformed = await post('/v1/auth/login', { tenant: PIN, username: '12345', password: 'whatever' });
    const noTenant = await post('/v1/auth/login', {
      tenant: 'no-such',
      username: `+${g.admin}`,
      password: 'x',
    });
    for (const r of [wrong, unknown, malformed, noTenant]) {
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('sign-in.failed');
      expect(r.body.detail).toBe(wrong.body.detail);
    }
    expect(await sms(PIN, g.admin, 'login-pin')).toHaveLength(0);
  });

  it('asks for the PIN, then a new password that meets the policy, then signs in', async () => {
    const started = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${g.admin}`,
      password: await initialPasswordOf(PIN, g.admin),
    });
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    expect(started.body.destination).toMatch(/^\+386 \*\*\* \*\*\d{3}$/);
    const pin = await latestPin(PIN, g.admin);
    expect(pin).toMatch(/^\d{6}$/);
    // The new password is not accepted before the PIN.
    const early = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      newPassword: STRONG,
    });
    expect(early.status).toBe(403);
    const pinned = await post('/v1/auth/challenge', { tenant: PIN, session: started.body.session, pin });
    expect(pinned.body).toMatchObject({ status: 'challenge', challenge: 'NEW_PASSWORD' });
    // Used once: the same PIN again is not an answer any more.
    const again = await post('/v1/auth/challenge', { tenant: PIN, session: started.body.session, pin });
    expect(again.status).toBe(403);
    const weak = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('body.newPassword');
    const done = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      newPassword: STRONG,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'signed-in', tokenType: 'Bearer' });
    token = done.body.token;
    expect(decodeJwt(token)).toMatchObject({
      token_use: 'id',
      tenant_id: PIN,
      role: 'admin',
      group_id: g.groupId,
      msisdn: g.admin,
    });
    // The initial password is over.
    const old = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${g.admin}`,
      password: await initialPasswordOf(PIN, g.admin),
    });
    expect(old.status).toBe(401);
  });

  it('calls the API with the token', async () => {
    const member = await get(`/v1/groups/${g.groupId}/members/${m1}`, token);
    expect(member.status, JSON.stringify(member.body)).toBe(200);
    expect(member.body.msisdn).toBe(`+${m1}`);
    // Another group is not this token's.
    expect((await get(`/v1/groups/${h.groupId}`, token)).status).toBe(404);
  });

  it('asks for a PIN at every sign-in under the tenant policy', async () => {
    const started = await post('/v1/auth/login', { tenant: PIN, username: `+${g.admin}`, password: STRONG });
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    const done = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      pin: await latestPin(PIN, g.admin),
    });
    expect(done.body.status).toBe('signed-in');
    expect(decodeJwt(done.body.token).role).toBe('admin');
  });

  it('still accepts the local token command tokens, and refuses tokens of another issuer', async () => {
    const local = await signToken({ role: 'admin', tenant: PIN, group: g.groupId, msisdn: g.admin }, w.keys);
    expect((await get(`/v1/groups/${g.groupId}`, local)).status).toBe(200);
    const foreign = await signToken(
      { role: 'admin', tenant: PIN, group: g.groupId, msisdn: g.admin },
      await generateLocalKeyPair(),
    );
    expect((await get(`/v1/groups/${g.groupId}`, foreign)).status).toBe(401);
  });
});

describe('the PIN rules', () => {
  it('ends the attempt at the fifth wrong PIN, and a resend does not reset the count', async () => {
    const started = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${m1}`,
      password: await initialPasswordOf(PIN, m1),
    });
    const session = started.body.session;
    const right = await latestPin(PIN, m1);
    const wrong = right === '000000' ? '111111' : '000000';
    for (const remaining of [4, 3]) {
      const r = await post('/v1/auth/challenge', { tenant: PIN, session, pin: wrong });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({
        code: 'sign-in.pin-wrong',
        detail: expect.stringContaining(String(remaining)),
      });
    }
    const resent = await post('/v1/auth/challenge', { tenant: PIN, session, resend: true });
    expect(resent.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    const fresh = await latestPin(PIN, m1);
    const other = fresh === '000000' ? '111111' : '000000';
    for (const remaining of [2, 1]) {
      const r = await post('/v1/auth/challenge', { tenant: PIN, session, pin: other });
      expect(r.body.detail).toContain(String(remaining));
    }
    const fifth = await post('/v1/auth/challenge', { tenant: PIN, session, pin: other });
    expect(fifth.status).toBe(401);
    expect(fifth.body.code).toBe('sign-in.attempt-over');
    // Over: the right PIN no longer helps.
    const late = await post('/v1/auth/challenge', { tenant: PIN, session, pin: fresh });
    expect(late.body.code).toBe('sign-in.attempt-over');
  });

  it('sends at most 5 PINs per number per hour, resends and new sign-ins alike', async () => {
    const password = await initialPasswordOf(PIN, m2);
    const started = await post('/v1/auth/login', { tenant: PIN, username: `+${m2}`, password });
    for (let i = 0; i < 4; i++) {
      const r = await post('/v1/auth/challenge', {
        tenant: PIN,
        session: started.body.session,
        resend: true,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    expect(await sms(PIN, m2, 'login-pin')).toHaveLength(5);
    const sixth = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      resend: true,
    });
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('sign-in.pin-limit');
    const anew = await post('/v1/auth/login', { tenant: PIN, username: `+${m2}`, password });
    expect(anew.status).toBe(429);
    expect(await sms(PIN, m2, 'login-pin')).toHaveLength(5);
    // The last PIN sent still signs in.
    const pinned = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      pin: await latestPin(PIN, m2),
    });
    expect(pinned.body.challenge).toBe('NEW_PASSWORD');
  });

  it('refuses a PIN older than 5 minutes', async () => {
    const clock = fixedClock(new Date().toISOString());
    const deps = { ...signInDeps, clock };
    const started = await login(
      deps,
      {},
      { tenant: PLAIN, username: `+${h.admin}`, password: await initialPasswordOf(PLAIN, h.admin) },
    );
    expect(started.status).toBe('challenge');
    const session = started.status === 'challenge' ? started.session : '';
    clock.advance(PIN_VALID_SECONDS * 1000 + 1000);
    await expect(
      answerChallenge(deps, {}, { tenant: PLAIN, session, pin: await latestPin(PLAIN, h.admin) }),
    ).rejects.toThrow(Unauthenticated);
    await expect(
      answerChallenge(deps, {}, { tenant: PLAIN, session, pin: await latestPin(PLAIN, h.admin) }),
    ).rejects.toMatchObject({ text: { code: 'sign-in.pin-expired' } });
  });

  it('sends no PIN by SMS to a number ported in within the hold', async () => {
    const r = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${ported}`,
      password: await initialPasswordOf(PIN, ported),
    });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('sign-in.sms-pin-held');
    expect(await sms(PIN, ported, 'login-pin')).toHaveLength(0);
    // With the password wrong, the same answer as anyone else's.
    const wrong = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${ported}`,
      password: 'Xx2x-Xx2x-Xx2x',
    });
    expect(wrong.body.code).toBe('sign-in.failed');
  });
});

describe('a new SIM reported by the operator', () => {
  it('holds the SMS PIN of that number; nobody but the operator can report it', async () => {
    const path = `/v1/groups/${g.groupId}/members/${m2}/sim-change`;
    const byAdmin = await invoke('POST', path, { claims: claims.admin(PIN, g.groupId, g.admin) });
    expect(byAdmin.status, byAdmin.raw).toBe(403);
    const reported = await invoke('POST', path, { claims: claims.operator(PIN) });
    expect(reported.status, reported.raw).toBe(200);
    expect(reported.body.msisdn).toBe(`+${m2}`);
    const before = (await sms(PIN, m2, 'login-pin')).length;
    const r = await post('/v1/auth/login', {
      tenant: PIN,
      username: `+${m2}`,
      password: await initialPasswordOf(PIN, m2),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(403);
    expect(r.body.code).toBe('sign-in.sms-pin-held');
    expect(await sms(PIN, m2, 'login-pin')).toHaveLength(before);
  });
});

describe('who may not sign in', () => {
  it("refuses a number at another tenant's door", async () => {
    const r = await post('/v1/auth/login', { tenant: PLAIN, username: `+${g.admin}`, password: STRONG });
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('sign-in.failed');
  });

  it('gives no token to a client calling the user pool itself (no PIN, no claims)', async () => {
    const client = new CognitoIdentityProviderClient({
      endpoint: w.cognito.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    await expect(
      client.send(
        new InitiateAuthCommand({
          ClientId: w.cognito.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: `${PIN}#${g.admin}`, PASSWORD: STRONG },
        }),
      ),
    ).rejects.toMatchObject({ name: 'UserLambdaValidationException' });
    client.destroy();
  });

  it('signs in without a PIN where the policy is off; a removed member then signs in no more', async () => {
    const first = await firstSignIn(w, PLAIN, plainMember);
    expect(decodeJwt(first.token)).toMatchObject({ role: 'member', tenant_id: PLAIN, msisdn: plainMember });
    const plain = await post('/v1/auth/login', {
      tenant: PLAIN,
      username: `+${plainMember}`,
      password: STRONG,
    });
    expect(plain.body.status).toBe('signed-in');
    const refreshed = await post('/v1/auth/refresh', {
      tenant: PLAIN,
      refreshToken: plain.body.refreshToken,
    });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(decodeJwt(refreshed.body.token).role).toBe('member');

    const removed = await invoke(
      'DELETE',
      `/v1/groups/${h.groupId}/members/${plainMember}?reason=termination`,
      {
        claims: adminOf(PLAIN, h),
      },
    );
    expect(removed.status, removed.raw).toBe(200);
    await deliverEvents(PLAIN);

    const again = await post('/v1/auth/login', {
      tenant: PLAIN,
      username: `+${plainMember}`,
      password: STRONG,
    });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('sign-in.failed');
    const refresh = await post('/v1/auth/refresh', { tenant: PLAIN, refreshToken: plain.body.refreshToken });
    expect(refresh.status).toBe(401);
    // The token it still holds names a number of no group: the API finds nothing of it.
    expect((await get(`/v1/groups/${h.groupId}/members/${plainMember}`, first.token)).status).toBe(404);
  });

  it('ends a session at logout', async () => {
    const s = await post('/v1/auth/login', { tenant: PIN, username: `+${g.admin}`, password: STRONG });
    const done = await post('/v1/auth/challenge', {
      tenant: PIN,
      session: s.body.session,
      pin: await latestPin(PIN, g.admin),
    });
    const out = await post('/v1/auth/logout', { tenant: PIN, refreshToken: done.body.refreshToken });
    expect(out.status).toBe(204);
    const after = await post('/v1/auth/refresh', { tenant: PIN, refreshToken: done.body.refreshToken });
    expect(after.status).toBe(401);
  });
});
