import { describe, expect, it } from 'vitest';
import {
  initialPassword,
  judgePin,
  maskEmail,
  maskPhone,
  maskRoute,
  newRecoveryCode,
  nextSendAt,
  normalizeRecoveryCode,
  parseUsername,
  passwordIssues,
  pinDigest,
  pinSendsInWindow,
  recoveryDigest,
  recoveryEmailOf,
  sendsWithin,
  signInRouteOf,
  smsPinHeld,
  tenantOfRequest,
  usernameOf,
} from '../../shared/auth/domain.ts';
import { principalFromClaims, resolvePrincipal } from '../../shared/handlers/principal.ts';
import { Unauthenticated } from '../../shared/kernel/errors.ts';

describe('sign-in rules', () => {
  it('qualifies the username with the tenant, so one number can be a customer of two tenants', () => {
    expect(usernameOf('alpina', '+38640123456')).toBe('alpina#38640123456');
    expect(usernameOf('jadran', '+38640123456')).not.toBe(usernameOf('alpina', '+38640123456'));
    expect(parseUsername('alpina#38640123456')).toEqual({ tenantId: 'alpina', msisdn: '+38640123456' });
    for (const bad of ['38640123456', 'alpina#', 'Alpina#38640123456', 'alpina#0123', 'a#38640123456']) {
      expect(parseUsername(bad), bad).toBeUndefined();
    }
  });

  it('derives an initial password that meets the policy, the same for the same credentials only', () => {
    const a = initialPassword('secret', 'G1#2026-01-01T00:00:00.000Z', 'alpina#38640123456');
    expect(passwordIssues(a)).toEqual([]);
    expect(a).toMatch(/^([A-Z][a-z][2-9][a-z]-){2}[A-Z][a-z][2-9][a-z]$/);
    expect(initialPassword('secret', 'G1#2026-01-01T00:00:00.000Z', 'alpina#38640123456')).toBe(a);
    expect(initialPassword('secret', 'G2#2026-02-01T00:00:00.000Z', 'alpina#38640123456')).not.toBe(a);
    expect(initialPassword('other', 'G1#2026-01-01T00:00:00.000Z', 'alpina#38640123456')).not.toBe(a);
  });

  it('names what a password lacks', () => {
    expect(passwordIssues('short')).toEqual(expect.arrayContaining(['length', 'upper', 'digit', 'symbol']));
    expect(passwordIssues('alllowercase-1')).toEqual(['upper']);
    expect(passwordIssues('Kosova-2024!Strong')).toEqual([]);
  });

  it('keeps a PIN only as a keyed digest bound to its attempt', () => {
    expect(pinDigest('k', 'a1', '123456')).not.toContain('123456');
    expect(pinDigest('k', 'a1', '123456')).not.toBe(pinDigest('k', 'a2', '123456'));
  });

  it('counts the PIN sends of the last 60 minutes, a sliding window', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const sends = ['2026-03-01T10:59:00Z', '2026-03-01T11:00:01Z', '2026-03-01T11:30:00Z'];
    expect(pinSendsInWindow(sends, now)).toEqual(['2026-03-01T11:00:01Z', '2026-03-01T11:30:00Z']);
    expect(nextSendAt(['2026-03-01T11:30:00Z', '2026-03-01T11:00:01Z'])?.toISOString()).toBe(
      '2026-03-01T12:00:01.000Z',
    );
  });

  it('holds SMS PINs for the policy days after a port-in or a new SIM', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(smsPinHeld({ portedAt: '2026-03-05T00:00:00Z' }, 7, now)).toBe(true);
    expect(smsPinHeld({ portedAt: '2026-03-01T00:00:00Z' }, 7, now)).toBe(false);
    expect(smsPinHeld({ simChangedAt: '2026-03-10T11:00:00Z' }, 1, now)).toBe(true);
    expect(smsPinHeld({ portedAt: '2026-03-10T11:00:00Z' }, 0, now)).toBe(false);
    expect(smsPinHeld({}, 30, now)).toBe(false);
  });

  it('takes the tenant from the host on AWS (a named one must agree), from the body locally', () => {
    const aws = { runtime: 'aws' as const, domain: 'selfcare.example' };
    expect(tenantOfRequest({ ...aws, host: 'alpina.selfcare.example' })).toBe('alpina');
    expect(tenantOfRequest({ ...aws, host: 'Alpina.SelfCare.example:443', named: 'alpina' })).toBe('alpina');
    expect(tenantOfRequest({ ...aws, host: 'alpina.selfcare.example', named: 'jadran' })).toBeUndefined();
    expect(tenantOfRequest({ ...aws, host: 'evil.example', named: 'alpina' })).toBeUndefined();
    expect(tenantOfRequest({ ...aws, host: 'a.b.selfcare.example' })).toBeUndefined();
    expect(tenantOfRequest({ runtime: 'aws', host: 'alpina.selfcare.example' })).toBeUndefined();
    expect(tenantOfRequest({ runtime: 'local', host: 'localhost', named: 'alpina' })).toBe('alpina');
  });

  it('masks the number the PIN went to', () => {
    expect(maskPhone('+38640123456')).toBe('+386 *** **456');
  });
});

describe('password recovery rules', () => {
  it('draws recovery codes of 12 unambiguous characters, in three groups', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(normalizeRecoveryCode(' k7qm-2xpd 9tra ')).toBe('K7QM2XPD9TRA');
  });

  it('keeps a code only as a keyed digest bound to the number and its issue, however it is typed', () => {
    const at = { tenantId: 'alpina', msisdn: '+38640123456', issuedAt: '2026-03-01T12:00:00.000Z' };
    const digest = recoveryDigest('k', at, 'K7QM-2XPD-9TRA');
    expect(digest).not.toContain('K7QM');
    expect(recoveryDigest('k', at, 'k7qm2xpd9tra')).toBe(digest);
    expect(recoveryDigest('k', { ...at, msisdn: '+38640123457' }, 'K7QM-2XPD-9TRA')).not.toBe(digest);
    expect(recoveryDigest('k', { ...at, tenantId: 'jadran' }, 'K7QM-2XPD-9TRA')).not.toBe(digest);
    expect(recoveryDigest('k', { ...at, issuedAt: '2026-03-01T12:00:01.000Z' }, 'K7QM-2XPD-9TRA')).not.toBe(
      digest,
    );
    expect(recoveryDigest('other', at, 'K7QM-2XPD-9TRA')).not.toBe(digest);
  });

  it("sends the administrator's code to the billing e-mail, and a member's nowhere", () => {
    expect(recoveryEmailOf({ isAdmin: true, billingEmail: 'billing@primer.si' })).toBe('billing@primer.si');
    expect(recoveryEmailOf({ isAdmin: false, billingEmail: 'billing@primer.si' })).toBeUndefined();
  });

  it('counts recovery e-mails in a sliding window of its own', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const sends = ['2026-03-01T10:59:59Z', '2026-03-01T11:00:01Z'];
    expect(sendsWithin(sends, now, 3600)).toEqual(['2026-03-01T11:00:01Z']);
    expect(sendsWithin(sends, now, 7200)).toEqual(sends);
  });
});

describe('tokens the API accepts', () => {
  const person = { sub: 's', role: 'admin', tenant_id: 'alpina', group_id: 'G1', msisdn: '38640123456' };
  it("takes a person's principal from an ID token only", () => {
    expect(principalFromClaims({ ...person, token_use: 'id' })).toMatchObject({ role: 'admin' });
    expect(() => principalFromClaims({ ...person, token_use: 'access' })).toThrow(Unauthenticated);
    expect(principalFromClaims(person)).toMatchObject({ role: 'admin' });
  });
  it("never takes a machine's tenant or role from a pool token's claims: an access token's are the registry's", async () => {
    const machine = { sub: 'c', role: 'mediation', tenant_id: 'alpina' };
    expect(() => principalFromClaims({ ...machine, token_use: 'id' })).toThrow(Unauthenticated);
    expect(() => principalFromClaims({ ...machine, token_use: 'access' })).toThrow(Unauthenticated);
    const access = { ...machine, token_use: 'access', client_id: 'c', scope: 'switchboard/mediation' };
    await expect(resolvePrincipal(access, async () => undefined)).rejects.toThrow(Unauthenticated);
  });
});

describe('where a sign-in PIN goes', () => {
  const email = { kind: 'email' as const, to: 'reception@primer.si' };
  const mobile = { kind: 'mobile' as const, to: '+38641123456' };

  it('a mobile number gets it by SMS itself; a fixed line where customer care registered, or nowhere', () => {
    expect(signInRouteOf('+38640100001', 'mobile', undefined)).toEqual({
      channel: 'sms',
      to: '+38640100001',
    });
    expect(signInRouteOf('+38612345678', 'fixed-line', undefined)).toBeUndefined();
    expect(signInRouteOf('+38612345678', 'fixed-line', email)).toEqual({ channel: 'email', to: email.to });
    expect(signInRouteOf('+38612345678', 'fixed-line', mobile)).toEqual({ channel: 'sms', to: mobile.to });
  });

  it('shows the destination masked', () => {
    expect(maskEmail('reception@primer.si')).toBe('r********@primer.si');
    expect(maskEmail('a@b.si')).toBe('a*@b.si');
    expect(maskRoute({ channel: 'sms', to: mobile.to })).toBe('+386 *** **456');
  });
});

describe('a PIN answered against its attempt', () => {
  const secret = 'test-pin-secret';
  const now = new Date('2026-03-01T10:00:00.000Z');
  const attempt = (over: Record<string, unknown> = {}) => ({
    attemptId: 'att-1',
    state: 'pin' as const,
    next: 'tokens' as const,
    pinDigest: pinDigest(secret, 'att-1', '123456'),
    pinExpiresAt: '2026-03-01T10:05:00.000Z',
    failures: 0,
    ...over,
  });

  it('is refused once expired, whatever it is', () => {
    expect(judgePin(attempt({ pinExpiresAt: now.toISOString() }), '123456', now, secret)).toEqual({
      kind: 'expired',
    });
  });

  it('counts a wrong one; the fifth ends the attempt', () => {
    expect(judgePin(attempt({ failures: 3 }), '000000', now, secret)).toMatchObject({
      kind: 'wrong',
      remaining: 1,
      attempt: { failures: 4, state: 'pin' },
    });
    expect(judgePin(attempt({ failures: 4 }), '000000', now, secret)).toMatchObject({
      kind: 'ended',
      attempt: { failures: 5, state: 'ended' },
    });
  });

  it('uses a right one once: its digest is gone, on to the new password or done', () => {
    expect(judgePin(attempt(), '123456', now, secret)).toMatchObject({
      kind: 'right',
      attempt: { state: 'done', pinDigest: '' },
    });
    expect(judgePin(attempt({ next: 'new-password' }), '123456', now, secret)).toMatchObject({
      kind: 'right',
      attempt: { state: 'new-password', pinDigest: '' },
    });
    // The PIN of another attempt is a wrong one.
    const other = attempt({ pinDigest: pinDigest(secret, 'att-2', '123456') });
    expect(judgePin(other, '123456', now, secret).kind).toBe('wrong');
  });
});
