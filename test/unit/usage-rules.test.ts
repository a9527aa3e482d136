import { describe, expect, it } from 'vitest';
import { buildTariff, rateRecord } from '../../shared/rating/domain.ts';
import {
  barReason,
  type Ceilings,
  grantable,
  periodRefusal,
  settingsRefusal,
  spendingChange,
  warningThreshold,
} from '../../shared/usage/domain.ts';
import { eur, ratingCatalog } from '../support/rating-catalog.ts';

const ceilings = (c: Partial<Ceilings>): Ceilings => ({ barOnLimit: true, cap: null, warnPercent: 80, ...c });
const TZ = 'Europe/Ljubljana';

describe('the open period', () => {
  it.each([
    ['a record of this month', '2026-12-01T09:00:00Z', '2026-12-15T10:00:00Z', undefined],
    ['a record of last month', '2026-11-30T22:00:00Z', '2026-12-15T10:00:00Z', 'period-closed'],
    // 23:30 UTC on 30 November is already 1 December in Ljubljana.
    [
      'the 1st in the tenant’s time zone, still the 30th in UTC',
      '2026-11-30T23:30:00Z',
      '2026-12-01T08:00:00Z',
      undefined,
    ],
    ['a few minutes ahead (clock skew)', '2026-12-15T10:04:00Z', '2026-12-15T10:00:00Z', undefined],
    ['more than five minutes ahead', '2026-12-15T10:06:00Z', '2026-12-15T10:00:00Z', 'in-future'],
  ])('%s', (_what, startedAt, now, refusal) => {
    expect(periodRefusal(startedAt, new Date(now), TZ)?.reason).toBe(refusal);
  });
});

describe('ceilings', () => {
  it.each([
    ['below both', 400, ceilings({ limit: eur(1000), cap: eur(500) }), undefined],
    ['at the cap', 500, ceilings({ limit: eur(1000), cap: eur(500) }), 'spending-cap'],
    ['at the limit', 1000, ceilings({ limit: eur(1000) }), 'credit-limit'],
    [
      'past the limit, but the tenant does not bar',
      5000,
      ceilings({ limit: eur(1000), barOnLimit: false }),
      undefined,
    ],
    ['a cap of zero bars from the start', 0, ceilings({ cap: eur(0) }), 'spending-cap'],
    ['a limit of zero bars at the first cent', 1, ceilings({ limit: eur(0) }), 'credit-limit'],
    ['a limit of zero, nothing spent', 0, ceilings({ limit: eur(0) }), undefined],
  ])('%s', (_what, spend, c, reason) => {
    expect(barReason(eur(spend), c)).toBe(reason);
  });

  it('warns at the tenant’s share of the lowest ceiling that bars', () => {
    expect(warningThreshold(ceilings({ limit: eur(1000), cap: eur(500) }))).toEqual(eur(400));
    expect(warningThreshold(ceilings({ limit: eur(1000) }))).toEqual(eur(800));
    expect(warningThreshold(ceilings({ limit: eur(1000), barOnLimit: false }))).toBeUndefined();
  });

  it('warns once, bars when a ceiling is reached, lifts the bar when none holds it', () => {
    const c = ceilings({ limit: eur(1000) });
    expect(spendingChange(eur(800), c, { warned: false })).toEqual({ warn: true, unbar: false });
    expect(spendingChange(eur(900), c, { warned: true })).toEqual({ warn: false, unbar: false });
    expect(spendingChange(eur(1000), c, { warned: true })).toEqual({
      warn: false,
      bar: 'credit-limit',
      unbar: false,
    });
    const barred = { warned: true, bar: { reason: 'credit-limit' as const, since: '2026-12-01T00:00:00Z' } };
    expect(spendingChange(eur(1100), c, barred)).toEqual({ warn: false, unbar: false });
    expect(spendingChange(eur(1100), ceilings({ limit: eur(1500) }), barred)).toEqual({
      warn: false,
      unbar: true,
    });
    // A cap below the spend takes over the bar's reason.
    expect(spendingChange(eur(1100), ceilings({ limit: eur(1000), cap: eur(600) }), barred).bar).toBe(
      'spending-cap',
    );
  });
});

describe('authorization', () => {
  const tariff = buildTariff(ratingCatalog.rateZones);
  const plan = ratingCatalog.plans[0]!;
  const rate = (quantity: number) =>
    rateRecord(tariff, {
      record: {
        recordId: 'a',
        msisdn: '+38640100001',
        type: 'sms',
        counterpart: '+38761000000',
        startedAt: '2026-12-01T10:00:00Z',
        quantity,
      },
      plan,
      addOns: [],
      allowance: { used: {}, packsStarted: [] },
      currency: 'EUR',
    });

  it.each([
    ['all of it when nothing bounds it', [], 10, undefined],
    ['all of it when it fits exactly', [{ amount: 150, reason: 'cap-reached' as const }], 10, undefined],
    [
      'as much as fits (0.15 € each under 1.00 €)',
      [{ amount: 100, reason: 'cap-reached' as const }],
      6,
      'cap-reached',
    ],
    [
      'the tightest room decides',
      [
        { amount: 100, reason: 'limit-reached' as const },
        { amount: 30, reason: 'no-credit' as const },
      ],
      2,
      'no-credit',
    ],
    [
      'nothing when not even one fits',
      [{ amount: 10, reason: 'limit-reached' as const }],
      0,
      'limit-reached',
    ],
  ])('grants %s', (_what, rooms, granted, reason) => {
    const d = grantable(10, rate, rooms);
    expect(d.granted).toBe(granted);
    expect(d.reason).toBe(reason);
  });

  it.each([
    [
      'voice switched off',
      { type: 'voice' as const },
      'over-allowance' as const,
      { voice: false },
      'service-off',
    ],
    [
      'roaming switched off',
      { type: 'data' as const, visitedCountry: 'RS' },
      'roaming' as const,
      { roaming: false },
      'service-off',
    ],
    [
      'international switched off',
      { type: 'voice' as const },
      'international' as const,
      { international: false },
      'service-off',
    ],
    [
      'premium numbers barred',
      { type: 'sms' as const },
      'premium' as const,
      { premiumRate: false },
      'premium-barred',
    ],
    [
      'donations barred with them',
      { type: 'donation' as const },
      'donation' as const,
      { premiumRate: false },
      'premium-barred',
    ],
    ['all allowed', { type: 'sms' as const }, 'premium' as const, { premiumRate: true }, undefined],
  ])('follows the admin’s settings: %s', (_what, request, category, off, refusal) => {
    const settings = {
      voice: true,
      sms: true,
      data: true,
      roaming: true,
      international: true,
      premiumRate: true,
      ...off,
    };
    expect(settingsRefusal(request, category, settings)).toBe(refusal);
  });
});
