import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialPassword, MAX_PIN_SENDS_PER_HOUR, usernameOf } from '../../shared/auth/domain.ts';
import { signInSecret } from '../../shared/auth/secrets.ts';
import { lineTypeOf } from '../../shared/kernel/phone.ts';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { deliverEvents, type SignInWorld, STRONG, sent, startSignInWorld } from './auth-fixture.ts';
import {
  addMember,
  addNewMember,
  adminOf,
  FIXTURE_CATALOG,
  type RegisteredGroup,
  registerGroup,
  registrationBody,
  setUpTenant,
  uniq,
} from './groups-fixture.ts';

/**
 * A fixed-line number's sign-in (document 002: fixed-line customers first give customer care the
 * e-mail or mobile number where the PIN should come), against the local user pool over HTTP: no
 * sign-in before a destination is registered, the operator alone registers it, the initial
 * password and the PINs then arrive there (the outbox), and the PIN's limits stay the number's.
 */
useTestTable();

const FIX = 'fixed-tenant';
const MOBILE_ONLY = 'mobile-tenant';
const FAR = 'far-tenant';
let w: SignInWorld;
const post = (path: string, body: unknown) => w.post(path, body);

/** A fixed-line number of Ljubljana (+386 1 ...), different each run. */
const fixedLine = () => `+38612${String(Date.now()).slice(-5)}${Math.floor(Math.random() * 10)}`;
const EMAIL = `reception-${uniq().toLowerCase()}@primer.si`;
/** A mobile of another operator (no member of any group): where the PIN may go by SMS. */
const OTHER_MOBILE = `38641${String(Date.now()).slice(-6)}`;

let g: RegisteredGroup;
let fixedMember: string;
let mobileMember: string;
const destinationPath = (digits: string) => `/v1/groups/${g.groupId}/members/${digits}/pin-destination`;
const operator = claims.operator(FIX);
const register = (digits: string, body: unknown, who: Record<string, string> = operator) =>
  invoke('PUT', destinationPath(digits), { claims: who, body });

const latest = async (to: string, template: string, pattern: RegExp) =>
  pattern.exec((await sent(FIX, to, template))[0] ?? '')?.[0] ?? '';
const initialFor = (to: string) =>
  latest(to, 'initial-password-for', /([A-Z][a-z][2-9][a-z]-){2}[A-Z][a-z][2-9][a-z]/);
const pinAt = (to: string) => latest(to, 'login-pin', /\b\d{6}\b/);

beforeAll(async () => {
  w = await startSignInWorld();
  const policies = { smsPinAtLogin: true, smsPinHoldDays: 7, fixedLineNumbers: true };
  await setUpTenant(FIX, { ...FIXTURE_CATALOG, policies });
  await setUpTenant(MOBILE_ONLY, FIXTURE_CATALOG);
  await setUpTenant(FAR, FIXTURE_CATALOG);
  const admin = fixedLine();
  g = await registerGroup(
    FIX,
    registrationBody(
      {},
      { number: { kind: 'port-in', msisdn: admin, donorOperator: 'Telekom' }, plan: 'BIZ-L' },
    ),
  );
  let other = fixedLine();
  while (other === admin) other = fixedLine();
  const added = await addMember(FIX, g, {
    number: { kind: 'port-in', msisdn: other, donorOperator: 'Telekom' },
    plan: 'BIZ-S',
  });
  expect(added.status, added.raw).toBe(201);
  fixedMember = other.slice(1);
  mobileMember = await addNewMember(FIX, g);
  await deliverEvents(FIX);
});

afterAll(async () => {
  await w?.stop();
});

describe('fixed-line numbers in groups', () => {
  it('are the tenant policy’s: a tenant without it refuses them, naming the field', async () => {
    expect(lineTypeOf(`+${g.admin}`)).toBe('fixed-line');
    const h = await registerGroup(MOBILE_ONLY);
    const r = await addMember(MOBILE_ONLY, h, {
      number: { kind: 'port-in', msisdn: fixedLine(), donorOperator: 'Telekom' },
      plan: 'BIZ-S',
    });
    expect(r.status, r.raw).toBe(400);
    expect(r.body.errors[0].field).toBe('body.number.msisdn');
  });

  it('get credentials but no initial password by SMS (a fixed line receives none)', async () => {
    expect(await sent(FIX, g.admin, 'initial-password')).toHaveLength(0);
    expect(await sent(FIX, mobileMember, 'initial-password')).toHaveLength(1);
  });
});

describe('before a PIN destination is registered', () => {
  it('refuses the sign-in with 403 once the password is right, and tells nothing before', async () => {
    const member = await invoke('GET', `/v1/groups/${g.groupId}/members/${g.admin}`, {
      claims: adminOf(FIX, g),
    });
    expect(member.status, member.raw).toBe(200);
    const password = initialPassword(
      signInSecret('initial-password'),
      `${g.groupId}#${member.body.addedAt}`,
      usernameOf(FIX, `+${g.admin}`),
    );
    const right = await post('/v1/auth/login', { tenant: FIX, username: `+${g.admin}`, password });
    expect(right.status, JSON.stringify(right.body)).toBe(403);
    expect(right.body.code).toBe('sign-in.pin-destination-missing');
    expect(right.body.detail).toMatch(/Customer Care Centre/);
    const wrong = await post('/v1/auth/login', {
      tenant: FIX,
      username: `+${g.admin}`,
      password: 'Xx2x-Xx2x-Xx2x',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('sign-in.failed');
  });
});

describe('who registers a PIN destination', () => {
  const body = { kind: 'email', to: EMAIL, reference: 'ID card 000123456, counter 3' };

  it('not the admin, not a member, not another tenant’s operator', async () => {
    const byAdmin = await register(g.admin, body, adminOf(FIX, g));
    expect(byAdmin.status, byAdmin.raw).toBe(403);
    const byMember = await register(fixedMember, body, claims.member(FIX, g.groupId, fixedMember));
    expect(byMember.status, byMember.raw).toBe(403);
    const farOperator = await register(g.admin, body, claims.operator(FAR));
    expect(farOperator.status, farOperator.raw).toBe(404);
    const removeByAdmin = await invoke('DELETE', destinationPath(g.admin), { claims: adminOf(FIX, g) });
    expect(removeByAdmin.status).toBe(403);
    expect(await sent(FIX, EMAIL, 'pin-destination-set')).toHaveLength(0);
  });

  it('refuses what is not an e-mail, a mobile of a served country, or a reference, naming the field', async () => {
    const cases: [unknown, string, number][] = [
      [{ ...body, to: 'not-an-address' }, 'body.to', 400],
      [{ kind: 'mobile', to: `+${fixedMember}`, reference: 'x' }, 'body.to', 400],
      [{ kind: 'mobile', to: '+4915123456789', reference: 'x' }, 'body.to', 400],
      [{ kind: 'email', to: EMAIL }, 'body.reference', 400],
      [{ kind: 'fax', to: EMAIL, reference: 'x' }, 'body.kind', 400],
    ];
    for (const [b, field, status] of cases) {
      const r = await register(g.admin, b);
      expect(r.status, r.raw).toBe(status);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A mobile number gets its PIN by SMS itself.
    const mobile = await register(mobileMember, body);
    expect(mobile.status, mobile.raw).toBe(422);
    expect(mobile.body.errors[0].field).toBe('path.msisdn');
  });
});

describe('a PIN destination by e-mail', () => {
  let token: string;

  it('is registered by the operator (lower-cased, audited), and the initial password goes there', async () => {
    const r = await register(g.admin, { ...body(), to: EMAIL.toUpperCase() });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toMatchObject({
      msisdn: `+${g.admin}`,
      kind: 'email',
      to: EMAIL,
      initialPasswordSent: true,
    });
    const notice = await sent(FIX, EMAIL, 'pin-destination-set');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain(`+${g.admin}`);
    expect(await initialFor(EMAIL)).not.toBe('');
    const audit = await invoke('GET', `/v1/groups/${g.groupId}/audit`, { claims: adminOf(FIX, g) });
    const entry = audit.body.items.find(
      (e: { action: string }) => e.action === 'sign-in.pin-destination-set',
    );
    expect(entry).toMatchObject({
      target: `+${g.admin}`,
      actor: { role: 'operator' },
      after: { kind: 'email', reference: 'ID card 000123456, counter 3' },
    });
    expect(JSON.stringify(entry)).not.toContain(EMAIL);
  });

  it('gets the PIN; the sign-in completes and the token works', async () => {
    const started = await post('/v1/auth/login', {
      tenant: FIX,
      username: `+${g.admin}`,
      password: await initialFor(EMAIL),
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    expect(started.body.destination).toBe(`r${'*'.repeat(EMAIL.indexOf('@') - 1)}@primer.si`);
    expect(await sent(FIX, g.admin, 'login-pin')).toHaveLength(0);
    const pinned = await post('/v1/auth/challenge', {
      tenant: FIX,
      session: started.body.session,
      pin: await pinAt(EMAIL),
    });
    expect(pinned.body).toMatchObject({ status: 'challenge', challenge: 'NEW_PASSWORD' });
    const done = await post('/v1/auth/challenge', {
      tenant: FIX,
      session: started.body.session,
      newPassword: STRONG,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    token = done.body.token;
    expect(decodeJwt(token)).toMatchObject({ role: 'admin', tenant_id: FIX, msisdn: g.admin });
    const group = await w.get(`/v1/groups/${g.groupId}`, token);
    expect(group.status, JSON.stringify(group.body)).toBe(200);
  });
});

describe('a PIN destination by SMS to a mobile', () => {
  it('moves the admin’s PIN: both destinations told, the PIN by SMS to the mobile', async () => {
    const r = await register(g.admin, {
      kind: 'mobile',
      to: `0${OTHER_MOBILE.slice(3)}`,
      reference: 'passport P123',
    });
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toMatchObject({ kind: 'mobile', to: `+${OTHER_MOBILE}`, initialPasswordSent: false });
    expect(await sent(FIX, EMAIL, 'pin-destination-set')).toHaveLength(2);
    expect(await sent(FIX, OTHER_MOBILE, 'pin-destination-set')).toHaveLength(1);
    const started = await post('/v1/auth/login', { tenant: FIX, username: `+${g.admin}`, password: STRONG });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.destination).toBe(`+386 *** **${OTHER_MOBILE.slice(-3)}`);
    const done = await post('/v1/auth/challenge', {
      tenant: FIX,
      session: started.body.session,
      pin: await pinAt(OTHER_MOBILE),
    });
    expect(done.body.status).toBe('signed-in');
  });

  it('keeps the limits of the number: 5 PINs an hour wherever they go, no reset by a resend', async () => {
    // A member's fixed line, its PIN to a mobile: the initial password arrives by SMS there.
    const to = `38641${String(Date.now() + 7).slice(-6)}`;
    const r = await register(fixedMember, { kind: 'mobile', to: `+${to}`, reference: 'ID card 42' });
    expect(r.body.initialPasswordSent).toBe(true);
    const started = await post('/v1/auth/login', {
      tenant: FIX,
      username: `+${fixedMember}`,
      password: await initialFor(to),
    });
    expect(started.body.challenge).toBe('SMS_PIN');
    const session = started.body.session;
    const right = await pinAt(to);
    const wrong = right === '000000' ? '111111' : '000000';
    for (const remaining of [4, 3]) {
      const x = await post('/v1/auth/challenge', { tenant: FIX, session, pin: wrong });
      expect(x.body.detail).toContain(String(remaining));
    }
    for (let i = 1; i < MAX_PIN_SENDS_PER_HOUR; i++) {
      const x = await post('/v1/auth/challenge', { tenant: FIX, session, resend: true });
      expect(x.status, JSON.stringify(x.body)).toBe(200);
    }
    expect(await sent(FIX, to, 'login-pin')).toHaveLength(MAX_PIN_SENDS_PER_HOUR);
    const sixth = await post('/v1/auth/challenge', { tenant: FIX, session, resend: true });
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('sign-in.pin-limit');
    const fresh = await pinAt(to);
    const other = fresh === '000000' ? '111111' : '000000';
    for (const remaining of [2, 1]) {
      const x = await post('/v1/auth/challenge', { tenant: FIX, session, pin: other });
      expect(x.body.detail).toContain(String(remaining));
    }
    const fifth = await post('/v1/auth/challenge', { tenant: FIX, session, pin: other });
    expect(fifth.body.code).toBe('sign-in.attempt-over');
    expect(await sent(FIX, fixedMember, 'login-pin')).toHaveLength(0);
  });
});

describe('removing a PIN destination', () => {
  it('tells the old one; the number then signs in no more until another is registered', async () => {
    const removed = await invoke('DELETE', destinationPath(g.admin), { claims: operator });
    expect(removed.status, removed.raw).toBe(204);
    expect(await sent(FIX, OTHER_MOBILE, 'pin-destination-removed')).toHaveLength(1);
    const r = await post('/v1/auth/login', { tenant: FIX, username: `+${g.admin}`, password: STRONG });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('sign-in.pin-destination-missing');
    const again = await invoke('DELETE', destinationPath(g.admin), { claims: operator });
    expect(again.status).toBe(404);
  });
});

function body() {
  return { kind: 'email', to: EMAIL, reference: 'ID card 000123456, counter 3' };
}
