import { describe, expect, it } from 'vitest';
import { claims, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import {
  adminOf,
  idem,
  outboxEvents,
  partition,
  registerGroup,
  registrationBody,
  setUpTenant,
} from './groups-fixture.ts';

useTestTable();

const register = (tenant: string, body: unknown, who = claims.operator(tenant)) =>
  invoke('POST', '/v1/groups', { claims: who, body, headers: idem() });

async function nothingWritten(t: string) {
  const list = await invoke('GET', '/v1/groups', { claims: claims.operator(t) });
  expect(list.status).toBe(200);
  expect(list.body.items).toEqual([]);
  expect(await outboxEvents(t)).toEqual([]);
}

describe('registration of a business customer', () => {
  it('registers the company with its admin number as the first member; the group starts active', async () => {
    const t = 'reg-ok';
    await setUpTenant(t);
    const body = registrationBody({
      company: {
        legalName: 'Alpina Trade d.o.o.',
        registrationNumber: '8765432000',
        vatId: 'si 5022 3054',
        address: { street: 'Slovenska 10', postalCode: '1000', city: 'Ljubljana' },
      },
      iban: 'si56 1910 0000 0123 438',
    });
    const res = await register(t, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { group, admin } = res.body;
    expect(res.headers.location).toBe(`/v1/groups/${group.groupId}`);
    expect(group).toMatchObject({
      status: 'active',
      company: {
        legalName: 'Alpina Trade d.o.o.',
        registrationNumber: '8765432000',
        vatId: 'SI50223054',
        address: { country: 'SI' },
      },
      iban: 'SI56191000000123438',
      billingEmail: 'billing@primer.si',
      language: 'sl',
      adminMsisdn: admin.msisdn,
      memberCount: 1,
      planCounts: { 'BIZ-L': 1 },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/1' },
      },
    });
    expect(admin).toMatchObject({ role: 'admin', plan: 'BIZ-L', status: 'active' });
    expect(admin.msisdn).toMatch(/^\+386401\d{5}$/);

    // the admin can use its group at once
    const digits = admin.msisdn.slice(1);
    const view = await invoke('GET', `/v1/groups/${group.groupId}`, {
      claims: claims.admin(t, group.groupId, digits),
    });
    expect(view.status).toBe(200);
    expect(view.body.groupId).toBe(group.groupId);

    // the operator's view masks the bank account and the identity document number
    const op = await invoke('GET', `/v1/groups/${group.groupId}`, { claims: claims.operator(t) });
    expect(op.body.iban).toMatch(/^•+3438$/);
    expect(op.body.legalRepresentative.idDocument.number).toMatch(/^•+4567$/);
    expect(op.body.billingEmail).toBeUndefined();

    const events = await outboxEvents(t);
    expect(events.map((e) => e.detailType).sort()).toEqual(['GroupRegistered', 'MemberAdded']);
    expect(events.find((e) => e.detailType === 'GroupRegistered')!.data).toEqual({
      groupId: group.groupId,
      legalName: 'Alpina Trade d.o.o.',
      adminMsisdn: admin.msisdn,
      language: 'sl',
      billingEmail: 'billing@primer.si',
    });

    // the audit trail is the customer's: its admin reads it, the operator does not (product list only)
    const asOperator = await invoke('GET', `/v1/groups/${group.groupId}/audit`, {
      claims: claims.operator(t),
    });
    expect(asOperator.status).toBe(403);
    expect(asOperator.body.iban).toBeUndefined();
    const audit = await invoke('GET', `/v1/groups/${group.groupId}/audit`, {
      claims: claims.admin(t, group.groupId, digits),
    });
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'group.registered',
      'member.added',
    ]);
    expect(audit.body.items[0].actor).toEqual({ role: 'operator', subject: `op-${t}` });

    // the connection fee of the admin's new number is recorded for the first invoice
    expect(res.body.charges).toEqual([expect.objectContaining({ code: 'CONN', msisdn: admin.msisdn })]);
  });

  it('a ported-in admin number is accepted', async () => {
    const t = 'reg-port';
    await setUpTenant(t);
    const res = await register(
      t,
      registrationBody(
        {},
        { number: { kind: 'port-in', msisdn: '051 222 333', donorOperator: 'A1' }, plan: 'BIZ-S' },
      ),
    );
    expect(res.status).toBe(201);
    expect(res.body.admin).toMatchObject({
      msisdn: '+38651222333',
      origin: { kind: 'port-in', donorOperator: 'A1' },
    });
  });

  it.each([
    ['an invalid IBAN', { iban: 'SI56 1910 0000 0123 439' }, ['body.iban']],
    ['an IBAN that is not one', { iban: 'hello world' }, ['body.iban']],
    [
      'an invalid VAT ID (check digit)',
      { company: { ...registrationBody().company, vatId: 'SI50223055' } },
      ['body.company.vatId'],
    ],
    [
      'a VAT ID of another country',
      { company: { ...registrationBody().company, vatId: 'HR33392005961' } },
      ['body.company.vatId'],
    ],
    [
      'both invalid, every field named',
      { iban: 'XX00 1234 5678', company: { ...registrationBody().company, vatId: '123' } },
      ['body.company.vatId', 'body.iban'],
    ],
    ['an extra field', { marketingConsent: true }, ['body.marketingConsent']],
    [
      'an image of the identity document',
      {
        legalRepresentative: {
          name: 'Ana',
          idDocument: { type: 'passport', number: 'P1234567', image: 'data:image/png;base64,AAAA' },
        },
      },
      ['body.legalRepresentative.idDocument.image', 'body.legalRepresentative.idDocument.reference'],
    ],
    [
      'an identity document without the reference to its stored copy',
      {
        legalRepresentative: { name: 'Ana', idDocument: { type: 'passport', number: 'P1234567' } },
      },
      ['body.legalRepresentative.idDocument.reference'],
    ],
    ['a language the operator does not serve', { language: 'de' }, ['body.language']],
    ['an unknown admin plan', { admin: { number: { kind: 'new' }, plan: 'NOPE' } }, ['body.admin.plan']],
    [
      'an admin number of another country',
      { admin: { number: { kind: 'port-in', msisdn: '+385912345678', donorOperator: 'X' }, plan: 'BIZ-S' } },
      ['body.admin.number.msisdn'],
    ],
    ['a bad e-mail', { billingEmail: 'not-an-email' }, ['body.billingEmail']],
    ['no admin', { admin: undefined }, ['body.admin']],
  ])('%s → 400 naming the field, nothing written', async (_name, overrides, fields) => {
    const t = `reg-bad-${Math.random().toString(36).slice(2, 8)}`;
    await setUpTenant(t);
    const res = await register(t, registrationBody(overrides as Record<string, unknown>));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
    await nothingWritten(t);
  });

  it('the same company registration number twice → 409 naming the field; the first group is untouched', async () => {
    const t = 'reg-twice';
    await setUpTenant(t);
    const body = registrationBody();
    const first = await register(t, body);
    expect(first.status).toBe(201);
    const second = await register(t, {
      ...body,
      company: { ...body.company, registrationNumber: body.company.registrationNumber.toLowerCase() },
    });
    expect(second.status).toBe(409);
    expect(second.body.errors).toEqual([
      { field: 'body.company.registrationNumber', message: 'is already registered' },
    ]);
    const list = await invoke('GET', '/v1/groups', { claims: claims.operator(t) });
    expect(list.body.items).toHaveLength(1);
    expect((await outboxEvents(t)).filter((e) => e.detailType === 'GroupRegistered')).toHaveLength(1);
  });

  it('only the operator registers; admins, members and other tenants cannot', async () => {
    const t = 'reg-who';
    await setUpTenant(t);
    const g = await registerGroup(t);
    for (const who of [adminOf(t, g), claims.member(t, g.groupId, g.admin), claims.mediation(t)]) {
      const res = await register(t, registrationBody(), who);
      expect(res.status).toBe(403);
    }
    const list = await invoke('GET', '/v1/groups', { claims: claims.operator(t) });
    expect(list.body.items).toHaveLength(1);
  });

  it("the operator's group list holds its own tenant's groups only, page by page", async () => {
    await setUpTenant('reg-list-a');
    await setUpTenant('reg-list-b');
    const mine = [
      await registerGroup('reg-list-a'),
      await registerGroup('reg-list-a'),
      await registerGroup('reg-list-a'),
    ];
    await registerGroup('reg-list-b');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await invoke('GET', `/v1/groups?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        claims: claims.operator('reg-list-a'),
      });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((g: { groupId: string }) => g.groupId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(mine.map((g) => g.groupId).sort());
    expect((await partition(`T#reg-list-a#G#${mine[0]!.groupId}`)).map((i) => i.sk).sort()).toEqual([
      'GROUP',
      `M#${mine[0]!.admin}`,
    ]);
  });
});
