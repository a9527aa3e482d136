import { describe, expect, it } from 'vitest';
import { CatalogSchema, type Plan } from '../../shared/catalog/domain.ts';
import { clawbackCharge, feeCharge } from '../../shared/groups/charges.ts';
import {
  clawbackFor,
  commitmentFor,
  isCommitmentActive,
  remainingMonths,
} from '../../shared/groups/commitment.ts';
import {
  applySettings,
  checkPlanLimit,
  DEFAULT_SETTINGS,
  decidePlanChange,
  resolveAddOns,
} from '../../shared/groups/domain.ts';
import { addMonths, billingPeriod, localDate } from '../../shared/kernel/calendar.ts';
import { InvalidInput, RuleViolation } from '../../shared/kernel/errors.ts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const plan = (code: string, rank: number, extra: Partial<Plan> = {}) => ({
  code,
  name: { en: code },
  monthlyFee: eur(1000 * rank),
  included: { voiceMinutes: null, sms: null, dataMb: null },
  tariffModel: 'STD',
  rank,
  ...extra,
});

const catalog = CatalogSchema.parse({
  plans: [
    plan('S', 1),
    plan('M', 2, { commitmentMonths: 24, monthlyBenefit: eur(500) }),
    plan('L', 3),
    plan('X', 4, { maxMembersPerGroup: 2 }),
    plan('OLD', 0, { available: false }),
  ],
  addOns: [
    { code: 'TV', name: { en: 'TV' }, kind: 'tv', monthlyFee: eur(700) },
    { code: 'USA', name: { en: 'USA' }, kind: 'country-pack', monthlyFee: eur(1000), plans: ['L', 'X'] },
  ],
  fees: [
    {
      code: 'CONN',
      kind: 'connection',
      name: { en: 'Connection' },
      explanation: { en: 'x' },
      amount: eur(1500),
    },
    { code: 'FREE', kind: 'port-in', name: { en: 'Port-in' }, explanation: { en: 'x' }, amount: eur(0) },
    {
      code: 'CLAW',
      kind: 'clawback-monthly-fee',
      name: { en: 'Clawback' },
      explanation: { en: 'x' },
      amount: eur(0),
    },
  ],
});
const P = (code: string) => catalog.plans.find((p) => p.code === code)!;

describe('calendar and commitments', () => {
  it('localDate uses the tenant time zone', () => {
    // 23:30 UTC on 31 Jan is already 1 Feb in Ljubljana (UTC+1).
    expect(localDate(new Date('2025-01-31T23:30:00Z'), 'Europe/Ljubljana')).toBe('2025-02-01');
    expect(localDate(new Date('2025-01-31T23:30:00Z'), 'UTC')).toBe('2025-01-31');
    expect(billingPeriod(new Date('2025-01-31T23:30:00Z'), 'Europe/Ljubljana')).toBe('2025-02');
  });

  it('addMonths clamps to the end of shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-01-15', 24)).toBe('2027-01-15');
  });

  it('a committed plan starts a commitment that ends months later', () => {
    const c = commitmentFor(P('M'), '2025-01-15')!;
    expect(c).toEqual({
      plan: 'M',
      months: 24,
      startsOn: '2025-01-15',
      endsOn: '2027-01-15',
      monthlyBenefit: eur(500),
    });
    expect(commitmentFor(P('S'), '2025-01-15')).toBeUndefined();
    expect(isCommitmentActive(c, '2027-01-14')).toBe(true);
    expect(isCommitmentActive(c, '2027-01-15')).toBe(false);
  });

  it('remaining months count the month in progress', () => {
    const c = commitmentFor(P('M'), '2025-01-15')!;
    expect(remainingMonths(c, '2025-01-15')).toBe(24);
    expect(remainingMonths(c, '2025-02-14')).toBe(24);
    expect(remainingMonths(c, '2025-02-15')).toBe(23);
    expect(remainingMonths(c, '2026-12-20')).toBe(1);
    expect(remainingMonths(c, '2027-01-15')).toBe(0);
  });
});

describe('clawback on early termination', () => {
  const c = commitmentFor(P('M'), '2025-01-15')!;

  it('is remaining months × monthly benefit, with the formula', () => {
    const cb = clawbackFor(c, '2025-03-10')!;
    expect(cb.remainingMonths).toBe(23);
    expect(cb.amount).toEqual(eur(23 * 500));
    expect(cb.formula).toContain('23 remaining commitment months × €5.00 monthly benefit = €115.00');
    expect(cb.formula).toContain('2025-01-15 to 2027-01-15');
  });

  it('is nothing after the commitment, or without a benefit', () => {
    expect(clawbackFor(c, '2027-01-15')).toBeUndefined();
    expect(clawbackFor({ ...c, monthlyBenefit: undefined }, '2025-03-10')).toBeUndefined();
    expect(clawbackFor(undefined, '2025-03-10')).toBeUndefined();
  });

  it('odd amounts stay exact integers (no float drift)', () => {
    const cb = clawbackFor({ ...c, monthlyBenefit: eur(333) }, '2025-01-20')!;
    expect(cb.amount).toEqual(eur(24 * 333));
  });

  it('becomes a charge with the catalog fee code and the formula in its detail', () => {
    const cb = clawbackFor(c, '2025-03-10')!;
    const at = new Date('2025-03-10T10:00:00Z');
    const charge = clawbackCharge(catalog, cb, {
      chargeId: 'c1',
      groupId: 'g',
      msisdn: '+38640100001',
      at,
      timeZone: 'Europe/Ljubljana',
    });
    expect(charge).toMatchObject({
      code: 'CLAW',
      kind: 'clawback-monthly-fee',
      amount: eur(11_500),
      period: '2025-03',
    });
    expect(charge.detail?.formula).toBe(cb.formula);
    const noFee = clawbackCharge({ ...catalog, fees: [] }, cb, {
      chargeId: 'c2',
      groupId: 'g',
      msisdn: '+1',
      at,
      timeZone: 'UTC',
    });
    expect(noFee.code).toBe('CLAWBACK-MONTHLY-FEE');
  });

  it('flat fees come from the catalog; a zero or missing fee is not charged', () => {
    const ctx = {
      chargeId: 'c',
      groupId: 'g',
      msisdn: '+1',
      at: new Date('2025-05-31T22:30:00Z'),
      timeZone: 'Europe/Ljubljana',
    };
    expect(feeCharge(catalog, 'connection', 'new-number', ctx)).toMatchObject({
      code: 'CONN',
      amount: eur(1500),
      period: '2025-06',
    });
    expect(feeCharge(catalog, 'port-in', 'port-in', ctx)).toBeUndefined();
    expect(feeCharge(catalog, 'change-of-holder', 'holder-change', ctx)).toBeUndefined();
  });
});

describe('plan changes', () => {
  const committed = { plan: 'M', addOns: [], commitment: commitmentFor(P('M'), '2025-01-15') };

  it('refuses a downgrade during a commitment, naming the end date', () => {
    const d = decidePlanChange(committed, P('M'), P('S'), catalog, catalog.policies, '2025-06-01');
    expect(d.direction).toBe('downgrade');
    expect(d.allowed).toBe(false);
    expect(d.refusal?.commitmentEndsOn).toBe('2027-01-15');
    expect(d.refusal?.message.params.endsOn).toBe('2027-01-15');
  });

  it('allows the downgrade from the day the commitment ends', () => {
    const d = decidePlanChange(committed, P('M'), P('S'), catalog, catalog.policies, '2027-01-15');
    expect(d.allowed).toBe(true);
  });

  it('allows the downgrade during a commitment when the tenant policy is off', () => {
    const d = decidePlanChange(
      committed,
      P('M'),
      P('S'),
      catalog,
      { ...catalog.policies, downgradeNeedsNoCommitment: false },
      '2025-06-01',
    );
    expect(d.allowed).toBe(true);
  });

  it('upgrades freely; a committed target plan starts a new commitment, otherwise the old one continues', () => {
    const up = decidePlanChange(committed, P('M'), P('L'), catalog, catalog.policies, '2025-06-01');
    expect(up).toMatchObject({ direction: 'upgrade', allowed: true, monthlyDifference: eur(1000) });
    expect(up.commitment?.endsOn).toBe('2027-01-15');
    const toM = decidePlanChange(
      { plan: 'S', addOns: [] },
      P('S'),
      P('M'),
      catalog,
      catalog.policies,
      '2025-06-01',
    );
    expect(toM.commitment).toMatchObject({ startsOn: '2025-06-01', endsOn: '2027-06-01' });
  });

  it('refuses a plan no longer sold and a plan lacking an active add-on', () => {
    expect(
      decidePlanChange({ plan: 'S', addOns: [] }, P('S'), P('OLD'), catalog, catalog.policies, '2025-06-01')
        .allowed,
    ).toBe(false);
    const withUsa = { plan: 'L', addOns: [{ code: 'USA', activatedAt: 'x' }] };
    const d = decidePlanChange(withUsa, P('L'), P('M'), catalog, catalog.policies, '2025-06-01');
    expect(d.allowed).toBe(false);
    expect(d.refusal?.addOns).toEqual(['USA']);
  });

  it('the same plan is no change', () => {
    expect(
      decidePlanChange(committed, P('M'), P('M'), catalog, catalog.policies, '2025-06-01').direction,
    ).toBe('none');
  });
});

describe('plan limit per group', () => {
  it('allows members up to the plan maximum and refuses one more, naming the field', () => {
    expect(() => checkPlanLimit({ X: 1 }, P('X'), 'body.plan')).not.toThrow();
    expect(() => checkPlanLimit({}, P('X'), 'body.plan')).not.toThrow();
    try {
      checkPlanLimit({ X: 2 }, P('X'), 'body.plan');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleViolation);
      expect((e as RuleViolation).detail).toMatchObject({
        errors: [{ field: 'body.plan' }],
        maxMembersPerGroup: 2,
      });
    }
    expect(() => checkPlanLimit({ S: 10_000 }, P('S'), 'body.plan')).not.toThrow();
  });
});

describe('add-ons and settings', () => {
  it('unknown add-ons are bad input, add-ons of other plans break a rule', () => {
    expect(() => resolveAddOns(catalog, 'S', ['NOPE'], 'body.addOns')).toThrow(InvalidInput);
    expect(() => resolveAddOns(catalog, 'S', ['USA'], 'body.addOns')).toThrow(RuleViolation);
    expect(() => resolveAddOns(catalog, 'S', ['TV', 'TV'], 'body.addOns')).toThrow(InvalidInput);
    expect(resolveAddOns(catalog, 'L', ['USA', 'TV'], 'body.addOns').map((a) => a.code)).toEqual([
      'USA',
      'TV',
    ]);
  });

  it('settings patch merges, and a cap must be in the tenant currency', () => {
    const next = applySettings(
      DEFAULT_SETTINGS,
      { roaming: false, spendingCap: eur(2000) },
      'EUR',
      'body.settings',
    );
    expect(next).toMatchObject({ roaming: false, voice: true, premiumRate: false, spendingCap: eur(2000) });
    expect(applySettings(next, { spendingCap: null }, 'EUR', 'body.settings').spendingCap).toBeNull();
    expect(() =>
      applySettings(
        DEFAULT_SETTINGS,
        { spendingCap: { amount: 1, currency: 'USD' } },
        'EUR',
        'body.settings',
      ),
    ).toThrow(InvalidInput);
  });
});
