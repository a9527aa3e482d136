import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  deliverEvents,
  firstSignIn,
  initialPasswordOf,
  latestPin,
  type SignInWorld,
  STRONG,
  sent,
  startSignInWorld,
} from './auth-fixture.ts';
import { addNewMember, adminOf, FIXTURE_CATALOG, registerGroup, setUpTenant } from './groups-fixture.ts';

/**
 * Customer care's password reset on proof of identity, against the local user pool: the operator
 * gives a member new credentials, the new initial password arrives by SMS, the old password and
 * sessions are over, the next sign-in asks for the PIN and a new password as the first did.
 */
useTestTable();

const T = 'reset-t';
const OTHER = 'reset-o';
const NEW = 'Reset-2026!Password';
let w: SignInWorld;

beforeAll(async () => {
  w = await startSignInWorld();
  await setUpTenant(T, { ...FIXTURE_CATALOG, policies: { smsPinAtLogin: true, smsPinHoldDays: 7 } });
  await setUpTenant(OTHER, FIXTURE_CATALOG);
});

afterAll(async () => {
  await w?.stop();
});

const reset = (who: Record<string, string>, groupId: string, digits: string, body: unknown) =>
  invoke('POST', `/v1/groups/${groupId}/members/${digits}/password-reset`, { claims: who, body });

describe("customer care's password reset", () => {
  it('gives a member new credentials: a new initial password by SMS, the old password and sessions over', async () => {
    const g = await registerGroup(T);
    const member = await addNewMember(T, g);
    await deliverEvents(T);
    const first = await initialPasswordOf(T, member);
    const session = await firstSignIn(w, T, member);

    const r = await reset(claims.operator(T), g.groupId, member, {
      reference: 'ID card IA1234567 checked at the Ljubljana shop',
    });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toMatchObject({ msisdn: `+${member}`, sentTo: `+${member}` });

    const again = await initialPasswordOf(T, member);
    expect(again).toMatch(/\S/);
    expect(again).not.toBe(first);
    expect(await sent(T, member, 'initial-password')).toHaveLength(2);
    // The old password and the old session are over.
    expect(
      (await w.post('/v1/auth/login', { tenant: T, username: `+${member}`, password: STRONG })).status,
    ).toBe(401);
    expect((await w.post('/v1/auth/refresh', { tenant: T, refreshToken: session.refreshToken })).status).toBe(
      401,
    );
    // The first initial password never works again.
    expect(
      (await w.post('/v1/auth/login', { tenant: T, username: `+${member}`, password: first })).status,
    ).toBe(401);

    // The next sign-in: the new initial password, a PIN, a new password.
    const started = await w.post('/v1/auth/login', { tenant: T, username: `+${member}`, password: again });
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    const pinned = await w.post('/v1/auth/challenge', {
      tenant: T,
      session: started.body.session,
      pin: await latestPin(T, member),
    });
    expect(pinned.body).toMatchObject({ challenge: 'NEW_PASSWORD' });
    const done = await w.post('/v1/auth/challenge', {
      tenant: T,
      session: started.body.session,
      newPassword: NEW,
    });
    expect(done.body.status).toBe('signed-in');
    const me = await w.get(`/v1/groups/${g.groupId}/members/${member}`, done.body.token);
    expect(me.status).toBe(200);

    // The reset is in the group's audit trail with the identity check's reference.
    const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: adminOf(T, g) });
    expect(JSON.stringify(audit.body)).toContain('ID card IA1234567 checked at the Ljubljana shop');
    expect(JSON.stringify(audit.body)).toContain('sign-in.password-reset');
  });

  it('is customer care’s only: the admin and the member are refused, another tenant learns nothing, the reference is required', async () => {
    const g = await registerGroup(T);
    const member = await addNewMember(T, g);
    await deliverEvents(T);
    const body = { reference: 'passport P123 seen' };
    expect((await reset(adminOf(T, g), g.groupId, member, body)).status).toBe(403);
    expect((await reset(claims.member(T, g.groupId, member), g.groupId, member, body)).status).toBe(403);
    expect((await reset(claims.operator(OTHER), g.groupId, member, body)).status).toBe(404);
    expect((await reset(claims.operator(T), g.groupId, '38640199997', body)).status).toBe(404);
    const missing = await reset(claims.operator(T), g.groupId, member, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('body.reference');
    // Nothing was reset: only the first initial password went out.
    expect(await sent(T, member, 'initial-password')).toHaveLength(1);
  });
});
