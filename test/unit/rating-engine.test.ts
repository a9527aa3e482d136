import { describe, expect, it } from 'vitest';
import {
  type AllowanceState,
  BYTES_PER_MB,
  buildTariff,
  emptyAllowanceState,
  type RatingInput,
  rateRecord,
  UnratableRecord,
  type UsageRecord,
} from '../../shared/rating/domain.ts';
import { ratingCatalog as catalog, eur } from '../support/rating-catalog.ts';

const tariff = buildTariff(catalog.rateZones);
const [planM, planUnl] = catalog.plans as [(typeof catalog.plans)[0], (typeof catalog.plans)[0]];
const addOn = (code: string) => catalog.addOns.find((a) => a.code === code)!;
const MB = BYTES_PER_MB;

const record = (r: Partial<UsageRecord>): UsageRecord => ({
  recordId: 'r1',
  msisdn: '+38641100001',
  type: 'voice',
  counterpart: '+38641100002',
  startedAt: '2025-03-10T10:00:00Z',
  quantity: 60,
  ...r,
});
const rate = (r: Partial<UsageRecord>, over: Partial<RatingInput> = {}) =>
  rateRecord(tariff, {
    record: record(r),
    plan: planM,
    addOns: [],
    allowance: emptyAllowanceState(),
    currency: 'EUR',
    ...over,
  });
const usedUp = (used: Record<string, number>): AllowanceState => ({ used, packsStarted: [] });

describe('rating engine: every charge category', () => {
  const cases: {
    what: string;
    record: Partial<UsageRecord>;
    over?: Partial<RatingInput>;
    lineCode: string;
    category: string;
    charge: number;
  }[] = [
    {
      what: 'a domestic call within the included minutes',
      record: { quantity: 120 },
      lineCode: 'VOICE-INCLUDED',
      category: 'included',
      charge: 0,
    },
    {
      what: 'a call beyond the included minutes (per second at the minute price)',
      record: { quantity: 90 },
      over: { allowance: usedUp({ voice: 6000 }) },
      lineCode: 'VOICE-OVER-ALLOWANCE',
      category: 'over-allowance',
      charge: 14, // 9 × 90 / 60 = 13.5 → 14
    },
    {
      what: 'an international call to zone 2',
      record: { counterpart: '+38761123456', quantity: 120 },
      lineCode: 'INTL-VOICE-ZONE2',
      category: 'international',
      charge: 98,
    },
    {
      what: 'an international SMS to zone 2',
      record: { type: 'sms', counterpart: '+381601234567', quantity: 2 },
      lineCode: 'INTL-SMS-ZONE2',
      category: 'international',
      charge: 30,
    },
    {
      what: 'roaming data in zone 2',
      record: { type: 'data', counterpart: undefined, visitedCountry: 'RS', quantity: 3 * MB },
      lineCode: 'ROAMING-DATA-ROAM-Z2',
      category: 'roaming',
      charge: 597,
    },
    {
      what: 'a roaming SMS in zone 2',
      record: { type: 'sms', visitedCountry: 'BA', quantity: 1 },
      lineCode: 'ROAMING-SMS-ROAM-Z2',
      category: 'roaming',
      charge: 29,
    },
    {
      what: 'a premium / commercial message',
      record: { type: 'premium-sms', counterpart: '+386901234', quantity: 1 },
      lineCode: 'PREMIUM-MSG-090',
      category: 'premium',
      charge: 100,
    },
    {
      what: 'a call to a 090 number',
      record: { type: 'premium-call', counterpart: '+386901234', quantity: 120 },
      lineCode: 'PREMIUM-CALL-090',
      category: 'premium',
      charge: 300,
    },
    {
      what: 'a voice record to a 090 number is a premium call, never included',
      record: { type: 'voice', counterpart: '+386901234', quantity: 60 },
      lineCode: 'PREMIUM-CALL-090',
      category: 'premium',
      charge: 150,
    },
    {
      what: 'a donation to a 090 number',
      record: { type: 'donation', counterpart: '+386901234', quantity: 2 },
      lineCode: 'DONATION-090',
      category: 'donation',
      charge: 1000,
    },
    {
      what: 'data in the USA with the USA pack',
      record: { type: 'data', visitedCountry: 'US', quantity: 100 * MB },
      over: { addOns: [addOn('USA')] },
      lineCode: 'USA-PACK',
      category: 'pack',
      charge: 0,
    },
    {
      what: 'calls in the USA with the USA pack (unlimited minutes)',
      record: { visitedCountry: 'US', counterpart: '+12025550100', quantity: 36_000 },
      over: { addOns: [addOn('USA')] },
      lineCode: 'USA-PACK',
      category: 'pack',
      charge: 0,
    },
    {
      what: 'an SMS in the USA: the pack covers none, roaming price',
      record: { type: 'sms', visitedCountry: 'US', quantity: 1 },
      over: { addOns: [addOn('USA')] },
      lineCode: 'ROAMING-SMS-ROAM-US',
      category: 'roaming',
      charge: 49,
    },
    {
      what: 'roaming data in zone 2 with the Balkan pack',
      record: { type: 'data', visitedCountry: 'AL', quantity: 200 * MB },
      over: { addOns: [addOn('BALKAN')] },
      lineCode: 'BALKAN-DATA-PACK',
      category: 'pack',
      charge: 0,
    },
    {
      what: 'the Balkan pack does not cover the USA',
      record: { type: 'data', visitedCountry: 'US', quantity: MB },
      over: { addOns: [addOn('BALKAN')] },
      lineCode: 'ROAMING-DATA-ROAM-US',
      category: 'roaming',
      charge: 999,
    },
    {
      what: 'a call between members of the same business club',
      record: { quantity: 600 },
      over: { clubs: { own: 'CLUB1', counterpart: 'CLUB1' }, allowance: usedUp({ voice: 6000 }) },
      lineCode: 'CLUB-CALL',
      category: 'club',
      charge: 0,
    },
    {
      what: 'a call to a member of another club is not free',
      record: { quantity: 60 },
      over: { clubs: { own: 'CLUB1', counterpart: 'CLUB2' }, allowance: usedUp({ voice: 6000 }) },
      lineCode: 'VOICE-OVER-ALLOWANCE',
      category: 'over-allowance',
      charge: 9,
    },
    {
      what: 'domestic data beyond the allowance (per byte at the MB price)',
      record: { type: 'data', quantity: MB / 2 },
      over: { allowance: usedUp({ data: 1000 * MB }) },
      lineCode: 'DATA-OVER-ALLOWANCE',
      category: 'over-allowance',
      charge: 1,
    },
    {
      what: 'an unlimited plan includes everything domestic',
      record: { quantity: 1_000_000 },
      over: { plan: planUnl, allowance: usedUp({ voice: 1e9 }) },
      lineCode: 'VOICE-INCLUDED',
      category: 'included',
      charge: 0,
    },
  ];

  it.each(cases)('$what → $lineCode', ({ record: r, over, lineCode, category, charge }) => {
    const decision = rate(r, over);
    expect(decision.lineCode).toBe(lineCode);
    expect(decision.category).toBe(category);
    expect(decision.charge).toEqual(eur(charge));
    expect(decision.parts.reduce((n, p) => n + p.quantity, 0)).toBe(r.quantity);
  });
});

describe('rating engine: allowances and packs', () => {
  it('splits a record that straddles the end of the allowance', () => {
    const d = rate({ quantity: 150 }, { allowance: usedUp({ voice: 5940 }) });
    expect(d.parts.map((p) => [p.lineCode, p.quantity, p.charge.amount])).toEqual([
      ['VOICE-INCLUDED', 60, 0],
      ['VOICE-OVER-ALLOWANCE', 90, 14],
    ]);
    expect(d.charge).toEqual(eur(14));
    expect(d.lineCode).toBe('VOICE-OVER-ALLOWANCE');
    expect(d.allowance.used.voice).toBe(6000);
  });

  it('an extra SIM takes its primary’s units and says so', () => {
    const primaryState = usedUp({ sms: 49 });
    const d = rate(
      { msisdn: '+38641100009', type: 'sms', quantity: 3 },
      { sharesUnitsOf: '+38641100001', allowance: primaryState, addOns: [addOn('EXTRA-SIM')] },
    );
    expect(d.allowanceOwner).toBe('+38641100001');
    expect(d.parts.map((p) => [p.lineCode, p.quantity])).toEqual([
      ['SMS-INCLUDED', 1],
      ['SMS-OVER-ALLOWANCE', 2],
    ]);
    expect(d.charge).toEqual(eur(18));
    expect(d.allowance.used.sms).toBe(50);
    expect(primaryState.used.sms).toBe(49); // the input state is never changed
  });

  it('starts the USA pack’s monthly fee at its first use, once per period', () => {
    const first = rate(
      { type: 'data', visitedCountry: 'US', quantity: MB, startedAt: '2025-03-12T08:00:00Z' },
      { addOns: [addOn('USA')] },
    );
    expect(first.packStarts).toEqual([{ addOn: 'USA', from: '2025-03-12T08:00:00Z', monthlyFee: eur(1500) }]);
    expect(first.allowance.packsStarted).toEqual(['USA']);
    const second = rate(
      { type: 'data', visitedCountry: 'US', quantity: MB },
      { addOns: [addOn('USA')], allowance: first.allowance },
    );
    expect(second.packStarts).toEqual([]);
    expect(second.allowance.used['pack:USA']).toBe(2 * MB);
  });

  it('charges roaming data past the Balkan pack at the zone price', () => {
    const d = rate(
      { type: 'data', visitedCountry: 'BA', quantity: 10 * MB },
      { addOns: [addOn('BALKAN')], allowance: usedUp({ 'pack:BALKAN': 495 * MB }) },
    );
    expect(d.parts.map((p) => [p.lineCode, p.quantity / MB, p.charge.amount])).toEqual([
      ['BALKAN-DATA-PACK', 5, 0],
      ['ROAMING-DATA-ROAM-Z2', 5, 995],
    ]);
    expect(d.packStarts).toEqual([]); // billed monthly, not from first use
  });

  it('a roaming zone that takes the plan’s units (roam like at home)', () => {
    const t = buildTariff([
      ...catalog.rateZones,
      {
        ...catalog.rateZones[0]!,
        code: 'EU',
        kind: 'roaming',
        countries: ['AT'],
        prefixes: [],
        usesAllowance: true,
      },
    ]);
    const d = rateRecord(t, {
      record: record({ type: 'data', visitedCountry: 'AT', quantity: MB }),
      plan: planM,
      addOns: [],
      allowance: emptyAllowanceState(),
      currency: 'EUR',
    });
    expect(d.lineCode).toBe('DATA-INCLUDED');
  });

  it('a zero quantity costs nothing and changes no allowance', () => {
    const state = usedUp({ voice: 6000 });
    const d = rate({ quantity: 0 }, { allowance: state });
    expect(d.charge).toEqual(eur(0));
    expect(d.allowance).toBe(state);
    expect(d.parts).toHaveLength(1);
  });

  it('rounds once, half away from zero, on the charged quantity', () => {
    const over = { allowance: usedUp({ voice: 6000 }) };
    expect(rate({ quantity: 1 }, over).charge).toEqual(eur(0)); // 0.15
    expect(rate({ quantity: 10 }, over).charge).toEqual(eur(2)); // 1.5 → 2
    expect(rate({ quantity: 50 }, over).charge).toEqual(eur(8)); // 7.5 → 8
    expect(rate({ counterpart: '+38761123456', quantity: 61 }).charge).toEqual(eur(50)); // 49.82
  });

  it('refuses what the catalog cannot price', () => {
    expect(() => rate({ visitedCountry: 'JP' })).toThrow(UnratableRecord);
    expect(() => rate({ type: 'donation', counterpart: '+38641100002' })).toThrow(/no-premium-zone/);
    expect(() => rate({ quantity: -1 })).toThrow(/bad-quantity/);
    expect(() => rateRecord(buildTariff([]), { ...baseInput(), record: record({}) })).toThrow(
      /no-domestic-zone/,
    );
  });

  it('refuses a price in another currency than the tenant’s', () => {
    expect(() => rate({ counterpart: '+38761123456' }, { currency: 'ALL' })).toThrow(/currency mismatch/);
  });
});

function baseInput(): Omit<RatingInput, 'record'> {
  return { plan: planM, addOns: [], allowance: emptyAllowanceState(), currency: 'EUR' };
}
