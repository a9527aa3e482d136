import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recoveryDeps } from '../../infra/local/wiring.ts';
import { RECOVERY_CODE_VALID_SECONDS } from '../../shared/auth/domain.ts';
import { confirmRecovery, requestRecovery } from '../../shared/auth/use-cases/recover-password.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { listOutbox } from '../../shared/notifications/local-outbox.ts';
import { invoke } from '../support/invoke.ts';
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
import {
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
 * Password recovery by e-mail against the local user pool, over HTTP through the local server:
 * the code read from the outbox, the new password set in the pool, the sign-in with it (the PIN
 * where the tenant asks for one), and every rule the code keeps: the same answer for every number,
 * 30 minutes, once, 5 wrong codes, 3 e-mails an hour, the tenant of the request, the admin only.
 */
useTestTable();

const PIN = 'rec-pin';
const PLAIN = 'rec-plain';
const NEW = 'Recovered-2025!Pass';
let w: SignInWorld;

/** A group of its own for each case (recovery is counted per number), with its own billing e-mail. */
interface Customer extends RegisteredGroup {
  email: string;
}
async function customer(tenantId: string, admin?: Record<string, unknown>): Promise<Customer> {
  const email = `billing-${uniq().toLowerCase()}@primer.si`;
  const g = await registerGroup(tenantId, registrationBody({ billingEmail: email }, admin));
  await deliverEvents(tenantId);
  return { ...g, email };
}

const ask = (tenantId: string, digits: string) =>
  w.post('/v1/auth/recovery', { tenant: tenantId, username: `+${digits}` });
const confirm = (tenantId: string, digits: string, code: string, newPassword = NEW) =>
  w.post('/v1/auth/recovery/confirm', { tenant: tenantId, username: `+${digits}`, code, newPassword });

/** The code of the latest recovery e-mail to `email`. */
async function latestCode(tenantId: string, email: string): Promise<string> {
  const [text] = await sent(tenantId, email, 'recovery-code');
  return /\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b/.exec(text ?? '')?.[0] ?? '';
}

/** Every recovery e-mail of the tenant so far (to anyone). */
async function recoveryMails(tenantId: string): Promise<number> {
  const page = await listOutbox({ tenantId, limit: 200 });
  return page.items.filter((m) => m.template === 'recovery-code').length;
}

const ACCEPTED = { status: 'accepted', codeValidMinutes: 30 };

beforeAll(async () => {
  w = await startSignInWorld();
  await setUpTenant(PIN, { ...FIXTURE_CATALOG, policies: { smsPinAtLogin: true, smsPinHoldDays: 7 } });
  await setUpTenant(PLAIN, { ...FIXTURE_CATALOG, policies: { smsPinAtLogin: false, smsPinHoldDays: 7 } });
});

afterAll(async () => {
  await w?.stop();
});

describe('recovery by e-mail, then sign-in with the new password', () => {
  it("sends the administrator a code at the group's billing e-mail, in the group's language", async () => {
    const c = await customer(PIN);
    const session = await firstSignIn(w, PIN, c.admin);
    // A sign-in with the old password, its PIN still due when the password is recovered.
    const pending = await w.post('/v1/auth/login', {
      tenant: PIN,
      username: `+${c.admin}`,
      password: STRONG,
    });
    expect(pending.body.challenge).toBe('SMS_PIN');
    const pendingPin = await latestPin(PIN, c.admin);
    const r = await ask(PIN, c.admin);
    expect(r.status).toBe(202);
    expect(r.body).toEqual(ACCEPTED);
    const [mail] = await sent(PIN, c.email, 'recovery-code');
    expect(mail).toContain('Koda za obnovitev');
    expect(mail).toContain(`+386 *** **${c.admin.slice(-3)}`);
    const code = await latestCode(PIN, c.email);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // A weak password is refused by name, and the code stays good.
    const weak = await confirm(PIN, c.admin, code, 'short');
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('body.newPassword');
    // As typed from the e-mail: lower case, without the dashes.
    const done = await confirm(PIN, c.admin, code.toLowerCase().replaceAll('-', ''));
    expect(done.status, JSON.stringify(done.body)).toBe(204);

    // The number is told by SMS, in the group's language.
    const [notice] = await sent(PIN, c.admin, 'password-changed');
    expect(notice).toContain('Geslo za prijavo');
    // The old password is over, and so is the session signed in with it.
    const old = await w.post('/v1/auth/login', { tenant: PIN, username: `+${c.admin}`, password: STRONG });
    expect(old.status).toBe(401);
    const refresh = await w.post('/v1/auth/refresh', { tenant: PIN, refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
    const late = await w.post('/v1/auth/challenge', {
      tenant: PIN,
      session: pending.body.session,
      pin: pendingPin,
    });
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('sign-in.attempt-over');

    // The new password signs in, with the PIN the tenant's policy asks for.
    const started = await w.post('/v1/auth/login', { tenant: PIN, username: `+${c.admin}`, password: NEW });
    expect(started.body).toMatchObject({ status: 'challenge', challenge: 'SMS_PIN' });
    const signedIn = await w.post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      pin: await latestPin(PIN, c.admin),
    });
    expect(signedIn.body.status).toBe('signed-in');
    expect(decodeJwt(signedIn.body.token)).toMatchObject({ role: 'admin', group_id: c.groupId });
    expect((await w.get(`/v1/groups/${c.groupId}`, signedIn.body.token)).status).toBe(200);
  });

  it('uses a code once; a number that never signed in gets the password it chose, no initial one', async () => {
    const c = await customer(PIN);
    await ask(PIN, c.admin);
    const code = await latestCode(PIN, c.email);
    expect((await confirm(PIN, c.admin, code)).status).toBe(204);
    const again = await confirm(PIN, c.admin, code, 'Another-2025!Pass');
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('recovery.failed');
    // The initial password of the SMS is over; the recovered one asks only for the PIN.
    const initial = await w.post('/v1/auth/login', {
      tenant: PIN,
      username: `+${c.admin}`,
      password: await initialPasswordOf(PIN, c.admin),
    });
    expect(initial.status).toBe(401);
    const started = await w.post('/v1/auth/login', { tenant: PIN, username: `+${c.admin}`, password: NEW });
    const done = await w.post('/v1/auth/challenge', {
      tenant: PIN,
      session: started.body.session,
      pin: await latestPin(PIN, c.admin),
    });
    expect(done.body.status).toBe('signed-in');
    const second = await w.post('/v1/auth/login', {
      tenant: PIN,
      username: `+${c.admin}`,
      password: 'Another-2025!Pass',
    });
    expect(second.status).toBe(401);
  });
});

describe('the same answer for every number', () => {
  it('sends nothing for an unknown number, a malformed one, an unknown tenant, a member or a removed member', async () => {
    const c = await customer(PIN);
    const member = await addNewMember(PIN, c);
    const removed = await addNewMember(PIN, c);
    await deliverEvents(PIN);
    const gone = await invoke('DELETE', `/v1/groups/${c.groupId}/members/${removed}?reason=termination`, {
      claims: adminOf(PIN, c),
    });
    expect(gone.status, gone.raw).toBe(200);
    await deliverEvents(PIN);
    const before = await recoveryMails(PIN);
    const answers = [
      await ask(PIN, '38640199997'),
      await w.post('/v1/auth/recovery', { tenant: PIN, username: '12345' }),
      await ask('no-such-tenant', c.admin),
      await ask(PIN, member),
      await ask(PIN, removed),
    ];
    for (const a of answers) {
      expect(a.status).toBe(202);
      expect(a.body).toEqual(ACCEPTED);
    }
    expect(await recoveryMails(PIN)).toBe(before);
    // And nothing to confirm: the same refusal as a wrong code.
    for (const n of [member, removed, '38640199997']) {
      const r = await confirm(PIN, n, 'AAAA-BBBB-CCCC');
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('recovery.failed');
    }
  });

  it("sends nothing for a number at another tenant's door, and its code opens only its own", async () => {
    const c = await customer(PIN);
    const r = await ask(PLAIN, c.admin);
    expect(r.body).toEqual(ACCEPTED);
    expect(await sent(PLAIN, c.email, 'recovery-code')).toHaveLength(0);
    expect(await sent(PIN, c.email, 'recovery-code')).toHaveLength(0);
    await ask(PIN, c.admin);
    const code = await latestCode(PIN, c.email);
    const elsewhere = await confirm(PLAIN, c.admin, code);
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.body.code).toBe('recovery.failed');
    expect((await confirm(PIN, c.admin, code)).status).toBe(204);
  });
});

describe('the rules of the code', () => {
  it('ends the recovery at the fifth wrong code, with one answer for every refusal', async () => {
    const c = await customer(PIN);
    await ask(PIN, c.admin);
    const right = await latestCode(PIN, c.email);
    const wrong = right.startsWith('AAAA') ? 'BBBB-BBBB-BBBB' : 'AAAA-AAAA-AAAA';
    const refusals = [];
    for (let i = 0; i < 5; i++) refusals.push(await confirm(PIN, c.admin, wrong));
    // Over: the right code no longer helps.
    refusals.push(await confirm(PIN, c.admin, right));
    for (const r of refusals) {
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('recovery.failed');
      expect(r.body.detail).toBe(refusals[0]!.body.detail);
    }
    // The password did not change: the initial one still starts the first sign-in.
    const initial = await w.post('/v1/auth/login', {
      tenant: PIN,
      username: `+${c.admin}`,
      password: await initialPasswordOf(PIN, c.admin),
    });
    expect(initial.body.status).toBe('challenge');
    // A new e-mail is a new code: the subscriber is not locked out by someone else's guesses.
    await ask(PIN, c.admin);
    expect((await confirm(PIN, c.admin, await latestCode(PIN, c.email))).status).toBe(204);
  });

  it('sends at most 3 recovery e-mails per number per hour; only the latest code counts', async () => {
    const c = await customer(PIN);
    for (let i = 0; i < 4; i++) expect((await ask(PIN, c.admin)).body).toEqual(ACCEPTED);
    const mails = await sent(PIN, c.email, 'recovery-code');
    expect(mails).toHaveLength(3);
    const codes = mails.map((m) => /\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b/.exec(m)![0]);
    // Newest first: the first two were replaced by the third.
    expect((await confirm(PIN, c.admin, codes[2]!)).status).toBe(401);
    expect((await confirm(PIN, c.admin, codes[0]!)).status).toBe(204);
  });

  it('refuses a code older than 30 minutes; a fresh one sets the password and leaves an audit line', async () => {
    const c = await customer(PLAIN);
    const clock = fixedClock(new Date().toISOString());
    const deps = { ...recoveryDeps, clock };
    await requestRecovery(deps, {}, { tenant: PLAIN, username: `+${c.admin}` });
    clock.advance(RECOVERY_CODE_VALID_SECONDS * 1000 + 1000);
    const late = { tenant: PLAIN, username: `+${c.admin}`, newPassword: NEW };
    await expect(
      confirmRecovery(deps, {}, { ...late, code: await latestCode(PLAIN, c.email) }),
    ).rejects.toMatchObject({ text: { code: 'recovery.failed' } });

    await requestRecovery(deps, {}, { tenant: PLAIN, username: `+${c.admin}` });
    const info = vi.spyOn(logger, 'info');
    try {
      await confirmRecovery(deps, {}, { ...late, code: await latestCode(PLAIN, c.email) });
      expect(info).toHaveBeenCalledWith(
        'password recovered by e-mail',
        expect.objectContaining({ audit: 'password-recovered', tenantId: PLAIN, groupId: c.groupId }),
      );
    } finally {
      info.mockRestore();
    }
    // No PIN under this tenant's policy: the new password signs in at once.
    const r = await w.post('/v1/auth/login', { tenant: PLAIN, username: `+${c.admin}`, password: NEW });
    expect(r.body.status).toBe('signed-in');
  });

  it("keeps the code good when the user pool's own checks refuse the password", async () => {
    const c = await customer(PLAIN);
    await ask(PLAIN, c.admin);
    const code = await latestCode(PLAIN, c.email);
    const body = { tenant: PLAIN, username: `+${c.admin}`, code, newPassword: NEW };
    // On AWS the pool may refuse what our policy lets through (a password known to be compromised).
    const refusing = {
      ...recoveryDeps,
      directory: { ...recoveryDeps.directory, setPassword: async () => ({ kind: 'weak-password' as const }) },
    };
    await expect(confirmRecovery(refusing, {}, body)).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'body.newPassword' })],
    });
    expect(await sent(PLAIN, c.admin, 'password-changed')).toHaveLength(0);
    expect((await confirm(PLAIN, c.admin, code)).status).toBe(204);
  });

  it('is for the administrator: a code sent before the role moved sets nothing', async () => {
    const c = await customer(PIN);
    const next = await addNewMember(PIN, c);
    await deliverEvents(PIN);
    await ask(PIN, c.admin);
    const code = await latestCode(PIN, c.email);
    const moved = await invoke('PUT', `/v1/groups/${c.groupId}/admin`, {
      claims: adminOf(PIN, c),
      body: { msisdn: `+${next}` },
    });
    expect(moved.status, moved.raw).toBe(200);
    await deliverEvents(PIN);
    const r = await confirm(PIN, c.admin, code);
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('recovery.failed');
  });
});

describe('a number in the SMS-PIN hold (ported in, new SIM)', () => {
  const portIn = () => ({
    number: {
      kind: 'port-in',
      msisdn: `+38631${String(Date.now()).slice(-5)}${Math.floor(Math.random() * 10)}`,
      donorOperator: 'Other',
    },
    plan: 'BIZ-S',
  });

  it('recovers by e-mail and is told by SMS; without a PIN policy it then signs in', async () => {
    const c = await customer(PLAIN, portIn());
    const held = await w.post('/v1/auth/login', {
      tenant: PLAIN,
      username: `+${c.admin}`,
      password: await initialPasswordOf(PLAIN, c.admin),
    });
    expect(held.status).toBe(403);
    expect(held.body.code).toBe('sign-in.sms-pin-held');
    await ask(PLAIN, c.admin);
    expect((await confirm(PLAIN, c.admin, await latestCode(PLAIN, c.email))).status).toBe(204);
    // The notice asks for nothing, so the hold does not stop it.
    expect(await sent(PLAIN, c.admin, 'password-changed')).toHaveLength(1);
    const r = await w.post('/v1/auth/login', { tenant: PLAIN, username: `+${c.admin}`, password: NEW });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('signed-in');
    expect((await w.get(`/v1/groups/${c.groupId}`, r.body.token)).status).toBe(200);
  });

  it('still needs the PIN where the tenant asks for one at every sign-in, so the hold still refuses it', async () => {
    const c = await customer(PIN, portIn());
    await ask(PIN, c.admin);
    expect((await confirm(PIN, c.admin, await latestCode(PIN, c.email))).status).toBe(204);
    const r = await w.post('/v1/auth/login', { tenant: PIN, username: `+${c.admin}`, password: NEW });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('sign-in.sms-pin-held');
  });
});
