import { describe, expect, it } from 'vitest';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  addMember,
  adminOf,
  outboxEvents,
  partition,
  registerGroup,
  registrationBody,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

/** Typed phone numbers that look almost right: each is refused, never read as a neighbouring number. */
const ALMOST_NUMBERS = [
  ['trailing junk', '38640100001x'],
  ['letters after a formatted number', '+386 40 100 001abc'],
  ['full-width digits', '３８６４０１００００１'],
  ['an extension', '+386 41 234 567 ext. 12'],
] as const;

describe('phone numbers in requests are read strictly', () => {
  it.each(ALMOST_NUMBERS)(
    'a port-in of %s is 400 naming the field, nothing written',
    async (_name, msisdn) => {
      const t = `ph-port-${Math.random().toString(36).slice(2, 8)}`;
      await setUpTenant(t);
      const g = await registerGroup(t);
      const before = await outboxEvents(t);
      const res = await addMember(t, g, {
        number: { kind: 'port-in', msisdn, donorOperator: 'Telekom Slovenije' },
        plan: 'BIZ-S',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body.errors).toEqual([{ field: 'body.number.msisdn', message: expect.any(String) }]);
      expect((await outboxEvents(t)).length).toBe(before.length);
      expect((await partition(`T#${t}#G#${g.groupId}`)).length).toBe(2); // profile + admin
    },
  );

  it('a registration whose ported admin number has trailing junk is 400 naming the field', async () => {
    const t = 'ph-reg';
    await setUpTenant(t);
    const res = await invoke('POST', '/v1/groups', {
      claims: claims.operator(t),
      body: registrationBody({
        admin: { number: { kind: 'port-in', msisdn: '+38641234567abc', donorOperator: 'X' }, plan: 'BIZ-S' },
      }),
      headers: { 'idempotency-key': 'ph-reg-1' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.admin.number.msisdn']);
  });

  it('a new administrator given with junk is 400 naming the field; the admin stays', async () => {
    const t = 'ph-admin';
    await setUpTenant(t);
    const g = await registerGroup(t);
    for (const [, msisdn] of ALMOST_NUMBERS) {
      const res = await invoke('PUT', `/v1/groups/${g.groupId}/admin`, {
        claims: adminOf(t, g),
        body: { msisdn },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.msisdn']);
    }
    const view = await invoke('GET', `/v1/groups/${g.groupId}`, { claims: adminOf(t, g) });
    expect(view.body.adminMsisdn).toBe(`+${g.admin}`);
  });

  it('a number in a path with junk or full-width digits is 400 naming path.msisdn', async () => {
    const t = 'ph-path';
    await setUpTenant(t);
    const g = await registerGroup(t);
    for (const msisdn of [`${g.admin}x`, encodeURIComponent('３８６４０１００００１')]) {
      const res = await invoke('GET', `/v1/groups/${g.groupId}/members/${msisdn}`, { claims: adminOf(t, g) });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['path.msisdn']);
    }
  });

  it('a transfer between numbers given with junk is 400 naming the fields', async () => {
    const t = 'ph-transfer';
    await setUpTenant(t);
    const g = await registerGroup(t);
    const res = await invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
      claims: adminOf(t, g),
      body: { from: `+${g.admin}x`, to: '+３８６４０１００００１', amount: { amount: 100, currency: 'EUR' } },
      headers: { 'idempotency-key': 'ph-transfer-1' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.from', 'body.to']);
  });
});

describe('a tenant is in a supported country', () => {
  it('onboarding a tenant of another country is 400 naming body.country', async () => {
    const res = await invoke('POST', '/v1/tenants', {
      claims: claims.platform(),
      body: {
        tenantId: 'ph-de',
        name: 'Beispiel Mobil GmbH',
        country: 'DE',
        locales: ['de'],
        currency: 'EUR',
        timeZone: 'Europe/Berlin',
        vatRateBasisPoints: 1900,
        invoiceSeriesPrefix: 'BM-',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'body.country', message: 'must be one of the supported countries (SI, XK, PT, HR, AL)' },
    ]);
    const list = await invoke('GET', '/v1/tenants?limit=200', { claims: claims.platform() });
    expect(list.body.items.map((x: { tenantId: string }) => x.tenantId)).not.toContain('ph-de');
  });
});
