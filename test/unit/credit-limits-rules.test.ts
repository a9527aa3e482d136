import { describe, expect, it } from 'vitest';
import { completeDeposit } from '../../shared/credit-limits/deposits.ts';
import {
  adjustmentsOf,
  afterRequest,
  checkRequestWindow,
  DecisionBodySchema,
  type Deposit,
  dueOn,
  heldBy,
  IncreaseRequestBodySchema,
  type NumberStanding,
  type PeriodAdjustments,
  raisePeriod,
  withPermanentIncrease,
} from '../../shared/credit-limits/domain.ts';
import { Conflict } from '../../shared/kernel/errors.ts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const G = '01JNV3Q8W7X2K5M9P4R6T1Y0GA';
const OTHER = '01JNV3Q8W7X2K5M9P4R6T1Y0GB';
const M = '+385911000001';

const standing = (over: Partial<NumberStanding> = {}): NumberStanding => ({
  groupId: G,
  msisdn: M,
  permanentIncrease: eur(0),
  version: 1,
  ...over,
});
const ofPeriod = (over: Partial<PeriodAdjustments> = {}): PeriodAdjustments => ({
  groupId: G,
  msisdn: M,
  period: '2025-03',
  temporaryIncrease: eur(0),
  deposits: eur(0),
  version: 1,
  ...over,
});

describe('the two-month rule', () => {
  it('refuses a request before the day two calendar months after the last one, naming that day', () => {
    const s = afterRequest(undefined, G, M, '2025-12-31', 'EUR');
    expect(s).toMatchObject({ lastRequestOn: '2025-12-31', nextRequestFrom: '2026-02-28', version: 1 });
    expect(() => checkRequestWindow(s, '2026-02-27')).toThrow(Conflict);
    try {
      checkRequestWindow(s, '2026-02-27');
    } catch (e) {
      expect((e as Conflict).detail).toEqual({ nextRequestFrom: '2026-02-28' });
      expect((e as Conflict).message).toContain('2026-02-28');
    }
    expect(() => checkRequestWindow(s, '2026-02-28')).not.toThrow();
    expect(() => checkRequestWindow(undefined, '2026-01-01')).not.toThrow();
  });

  it('counts only requests made while the number was in the same group', () => {
    const previous = standing({
      groupId: OTHER,
      nextRequestFrom: '2099-01-01',
      permanentIncrease: eur(5000),
    });
    expect(heldBy(previous, G)).toBeUndefined();
    const next = afterRequest(previous, G, M, '2025-03-01', 'EUR');
    expect(next).toMatchObject({ groupId: G, permanentIncrease: eur(0), version: previous.version + 1 });
  });
});

describe('adjustments', () => {
  const owner = { groupId: G, status: 'active' };

  it('are the permanent increase and the period’s temporary increases and deposits of the holder; zero otherwise', () => {
    const s = standing({ permanentIncrease: eur(10_000) });
    const p = ofPeriod({ temporaryIncrease: eur(2_000), deposits: eur(3_000) });
    expect(adjustmentsOf(owner, s, p, 'EUR')).toEqual({
      permanentIncrease: eur(10_000),
      temporaryIncrease: eur(2_000),
      deposits: eur(3_000),
    });
    const none = { permanentIncrease: eur(0), temporaryIncrease: eur(0), deposits: eur(0) };
    expect(adjustmentsOf(undefined, s, p, 'EUR')).toEqual(none);
    expect(adjustmentsOf({ groupId: G, status: 'released' }, s, p, 'EUR')).toEqual(none);
    expect(adjustmentsOf({ groupId: OTHER, status: 'active' }, s, p, 'EUR')).toEqual(none);
    expect(adjustmentsOf(owner, undefined, undefined, 'EUR')).toEqual(none);
  });

  it('rise by what is added, the version always moving on from the stored item', () => {
    const p = raisePeriod(
      ofPeriod({ deposits: eur(1_000), version: 4 }),
      G,
      M,
      '2025-03',
      'deposits',
      eur(500),
    );
    expect(p).toMatchObject({ deposits: eur(1_500), temporaryIncrease: eur(0), version: 5 });
    const fresh = raisePeriod(
      ofPeriod({ groupId: OTHER, deposits: eur(9_000), version: 7 }),
      G,
      M,
      '2025-03',
      'temporaryIncrease',
      eur(200),
    );
    expect(fresh).toMatchObject({ groupId: G, deposits: eur(0), temporaryIncrease: eur(200), version: 8 });
    const s = withPermanentIncrease(
      standing({ permanentIncrease: eur(1_000), nextRequestFrom: '2025-05-01' }),
      G,
      M,
      eur(500),
    );
    expect(s).toMatchObject({ permanentIncrease: eur(1_500), nextRequestFrom: '2025-05-01', version: 2 });
  });
});

describe('deposits', () => {
  const pending: Deposit = {
    depositId: '01JNV4C00000000000000000D0',
    groupId: G,
    msisdn: M,
    method: 'bank-transfer',
    status: 'pending',
    amount: eur(3_000),
    paymentReference: 'RF1801JNV4C00000000D0',
    createdAt: '2025-03-31T20:00:00.000Z',
    createdBy: { role: 'admin', subject: 'adm', msisdn: '+385911000000' },
  };

  it('count in the period they are paid in (tenant calendar), and are kept open for that invoice', () => {
    // 1 April 00:30 in Zagreb is still 31 March in UTC
    const at = new Date('2025-03-31T22:30:00Z');
    const c = completeDeposit(pending, eur(3_000), at, 'Europe/Zagreb', {}, { paymentId: 'PBZ-1' });
    expect(c.deposit).toMatchObject({
      status: 'completed',
      period: '2025-04',
      paid: eur(3_000),
      paymentId: 'PBZ-1',
    });
    expect(c.change).toEqual({
      item: 'period',
      next: expect.objectContaining({ period: '2025-04', deposits: eur(3_000) }),
    });
    expect(c.record).toMatchObject({
      period: '2025-04',
      amount: eur(3_000),
      remaining: eur(3_000),
      status: 'open',
    });
    expect(c.event.data).toEqual({
      groupId: G,
      msisdn: M,
      period: '2025-04',
      reason: 'deposit',
      amount: eur(3_000),
    });
    expect(dueOn(pending)).toEqual(eur(3_000));
    expect(dueOn(c.deposit)).toEqual(eur(0));
    expect(() => completeDeposit(pending, eur(1), at, 'Europe/Zagreb', { period: ofPeriod() })).toThrow(
      /2025-04/,
    );
  });
});

describe('input', () => {
  it('a permanent request needs the documents; a rejection needs a reason', () => {
    expect(IncreaseRequestBodySchema.safeParse({ kind: 'permanent', amount: eur(100) }).success).toBe(false);
    expect(IncreaseRequestBodySchema.safeParse({ kind: 'temporary', amount: eur(100) }).success).toBe(true);
    expect(DecisionBodySchema.safeParse({ decision: 'reject' }).success).toBe(false);
    expect(DecisionBodySchema.safeParse({ decision: 'reject', reason: 'risk' }).success).toBe(true);
    expect(DecisionBodySchema.safeParse({ decision: 'approve' }).success).toBe(true);
  });
});
