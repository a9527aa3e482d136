import { describe, expect, it } from 'vitest';
import { useTestTable } from '../support/table.ts';
import { e164, eur, fund, key, moneyGroup, moneyTenant, transfer } from './money-fixture.ts';

useTestTable();

const T = 'money-lang';

/** A transfer over the single-transfer limit (3000 minor units), in the given language. */
async function overLimit(language?: string) {
  const g = await moneyGroup(T, 1);
  const [m] = g.members as [string];
  await fund(g, g.admin, 5_000);
  // The test helper asks for English by default; `undefined` sends no Accept-Language at all.
  const headers = { ...key(), 'accept-language': language ?? '' };
  return transfer(g, { from: e164(g.admin), to: e164(m), amount: eur(3_001) }, headers);
}

describe('problem texts follow Accept-Language', () => {
  it('setup', async () => {
    await moneyTenant(T, { maxPerTransfer: 3_000, maxPerDay: 50_000 });
  });

  it('answers in Slovenian, Portuguese or English; type, code, fields and machine members never change', async () => {
    const en = await overLimit('en');
    const sl = await overLimit('sl-SI, en;q=0.5');
    const pt = await overLimit('pt');
    for (const res of [en, sl, pt]) {
      expect(res.status, res.raw).toBe(422);
      expect(res.body.type).toBe('https://switchboard.dev/problems/rule-violation');
      expect(res.body.code).toBe('transfer.over-single-limit');
      expect(res.body.limit).toEqual(eur(3_000));
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.amount.amount']);
    }
    expect(en.headers['content-language']).toBe('en');
    expect(en.body.title).toBe('Business rule violated');
    expect(en.body.detail).toBe('A single transfer may move at most €30.00.');

    expect(sl.headers['content-language']).toBe('sl');
    expect(sl.body.title).toBe('Kršeno poslovno pravilo');
    expect(sl.body.detail).toBe('En prenos lahko prenese največ 30,00\u00a0€.');
    expect(sl.body.errors[0].message).toBe(sl.body.detail);

    expect(pt.headers['content-language']).toBe('pt');
    expect(pt.body.title).toBe('Regra de negócio violada');
    expect(pt.body.detail).toBe('Uma só transferência pode mover no máximo 30,00\u00a0€.');
  });

  it("an unknown language, or none, gets the tenant's default (Slovenian here)", async () => {
    for (const language of ['xx', undefined]) {
      const res = await overLimit(language);
      expect(res.headers['content-language']).toBe('sl');
      expect(res.body.title).toBe('Kršeno poslovno pravilo');
    }
  });

  it('validation messages are translated too, with their field paths unchanged', async () => {
    const g = await moneyGroup(T, 1);
    const [m] = g.members as [string];
    const send = (language: string) => {
      const headers = { ...key(), 'accept-language': language };
      return transfer(g, { from: e164(g.admin), to: e164(m), amount: { amount: 5 } }, headers);
    };
    const en = await send('en');
    const sl = await send('sl');
    const xx = await send('xx');
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([{ field: 'body.amount.currency', message: 'is required' }]);
    expect(sl.headers['content-language']).toBe('sl');
    expect(sl.body.title).toBe('Neveljavni podatki');
    expect(sl.body.errors).toEqual([{ field: 'body.amount.currency', message: 'je obvezno' }]);
    expect(xx.body.type).toBe(en.body.type);
    expect(xx.headers['content-language']).toBe('sl');
  });
});
