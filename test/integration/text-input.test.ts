import { describe, expect, it } from 'vitest';
import { useTestTable } from '../support/table.ts';
import { addNewMember, adminOf, idem, registrationBody } from './groups-fixture.ts';
import { claims, eur, fund, invoke, key, type MoneyGroup, moneyGroup, moneyTenant } from './money-fixture.ts';

/**
 * Text that reaches people (member labels on the admin's screens, transfer notes sent by SMS,
 * voucher batch labels, payment references on statements) is refused when it holds characters a
 * reader cannot see or that change how the text around it reads, and is stored in NFC. Amounts
 * and page sizes accept one spelling only.
 */
useTestTable();

const T = 'text-input';

/** Values that must never be accepted as text, whatever the field. */
const UNREADABLE: [name: string, value: string][] = [
  ['a NUL character', 'Ana\u0000Novak'],
  ['an escape character', 'Ana\u001b[31m'],
  ['a line break', 'Ana\nNovak'],
  ['a C1 control character', 'Ana\u0085Novak'],
  ['a right-to-left override', 'invoice\u202Efdp.exe'],
  ['a left-to-right isolate', 'Ana\u2066Novak'],
  ['a lone high surrogate', 'Ana\uD83DNovak'],
  ['a lone low surrogate', 'Ana\uDE00Novak'],
];

let g: MoneyGroup;
let member: string;

const fields = (res: { body: { errors?: { field: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.field);

describe('free text in requests', () => {
  it('setup', async () => {
    await moneyTenant(T);
    g = await moneyGroup(T, 1);
    member = g.members[0]!;
    await fund(g, g.admin, 5000);
  });

  it.each(UNREADABLE)('a member label with %s → 400 naming body.label', async (_n, value) => {
    const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${member}`, {
      claims: adminOf(T, g),
      body: { label: value },
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.label');
  });

  it.each(UNREADABLE)('a new member label with %s → 400 naming body.label', async (_n, value) => {
    const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
      claims: adminOf(T, g),
      body: { number: { kind: 'new' }, plan: 'BIZ-S', label: value },
      headers: idem(),
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.label');
  });

  it.each(UNREADABLE)('a transfer note with %s → 400 naming body.note', async (_n, value) => {
    const res = await invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
      claims: adminOf(T, g),
      body: { from: `+${g.admin}`, to: `+${member}`, amount: eur(100), note: value },
      headers: key(),
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.note');
  });

  it.each(UNREADABLE)('a voucher batch label with %s → 400 naming body.label', async (_n, value) => {
    const res = await invoke('POST', '/v1/voucher-batches', {
      claims: claims.operator(T),
      body: { value: eur(1000), count: 1, validUntil: '2099-12-31', label: value },
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.label');
  });

  it.each(UNREADABLE)('a payment reference with %s → 400 naming body.reference', async (_n, value) => {
    const res = await invoke('POST', '/v1/payments', {
      claims: claims.psp(T),
      body: { paymentId: `P-${Math.random().toString(36).slice(2)}`, amount: eur(100), reference: value },
      headers: key(),
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.reference');
  });

  it.each(UNREADABLE)('a company name with %s → 400 naming body.company.legalName', async (_n, value) => {
    const t = await registerGroupWith(value);
    expect(t.status, t.raw).toBe(400);
    expect(fields(t)).toContain('body.company.legalName');
  });

  it('stores text in NFC: a decomposed accent comes back composed', async () => {
    const decomposed = 'Mate\u0301j Z\u030Cagar'; // e + combining acute, Z + combining caron
    const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${member}`, {
      claims: adminOf(T, g),
      body: { label: `  ${decomposed}  ` },
    });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.label).toBe('Matéj Žagar');
    expect(res.body.label).toBe(decomposed.normalize('NFC'));
  });

  it('still accepts ordinary text in every script the tenants write', async () => {
    for (const label of ['Ana Novak (prodaja)', 'Đurđa Šćepanović', 'Arbër Çela', 'João Conceição', '李雷']) {
      const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${member}`, {
        claims: adminOf(T, g),
        body: { label },
      });
      expect(res.status, res.raw).toBe(200);
      expect(res.body.label).toBe(label);
    }
  });
});

describe('amounts', () => {
  it('a spending cap of -0 → 400 naming the amount', async () => {
    const res = await invoke('PATCH', `/v1/groups/${g.groupId}/members/${member}`, {
      claims: adminOf(T, g),
      rawBody: '{"settings":{"spendingCap":{"amount":-0,"currency":"EUR"}}}',
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.settings.spendingCap.amount');
  });

  it('a catalog fee of -0 → 400 naming the amount', async () => {
    const current = await invoke('GET', '/v1/catalog', { claims: claims.operator(T) });
    const raw = JSON.stringify(current.body.catalog).replace(/"amount":0\b/, '"amount":-0');
    expect(raw).toContain('-0');
    const res = await invoke('PUT', '/v1/catalog', { claims: claims.operator(T), rawBody: raw });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res).some((f) => f.endsWith('.amount'))).toBe(true);
  });

  it('a transfer of -0 → 400 naming the amount', async () => {
    const res = await invoke('POST', `/v1/groups/${g.groupId}/transfers`, {
      claims: adminOf(T, g),
      rawBody: `{"from":"+${g.admin}","to":"+${member}","amount":{"amount":-0,"currency":"EUR"}}`,
      headers: key(),
    });
    expect(res.status, res.raw).toBe(400);
    expect(fields(res)).toContain('body.amount.amount');
  });
});

describe('page size', () => {
  it.each(['0x10', '1e1', '+5', ' 5', '5.0', '5 ', '0', '201', '', '٣'])(
    'limit=%j → 400 naming query.limit',
    async (limit) => {
      const res = await invoke('GET', `/v1/groups/${g.groupId}/members?limit=${encodeURIComponent(limit)}`, {
        claims: adminOf(T, g),
      });
      expect(res.status, res.raw).toBe(400);
      expect(fields(res)).toContain('query.limit');
    },
  );

  it('limit in plain decimal digits is accepted, the default applies without it', async () => {
    await addNewMember(T, g);
    const one = await invoke('GET', `/v1/groups/${g.groupId}/members?limit=1`, { claims: adminOf(T, g) });
    expect(one.status, one.raw).toBe(200);
    expect(one.body.items).toHaveLength(1);
    const padded = await invoke('GET', `/v1/groups/${g.groupId}/members?limit=002`, {
      claims: adminOf(T, g),
    });
    expect(padded.status, padded.raw).toBe(200);
    expect(padded.body.items).toHaveLength(2);
    const all = await invoke('GET', `/v1/groups/${g.groupId}/members`, { claims: adminOf(T, g) });
    expect(all.status, all.raw).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
  });
});

async function registerGroupWith(legalName: string) {
  const body = registrationBody();
  return invoke('POST', '/v1/groups', {
    claims: claims.operator(T),
    body: { ...body, company: { ...body.company, legalName } },
    headers: idem(),
  });
}
