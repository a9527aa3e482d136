import { describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../shared/catalog/domain.ts';
import {
  type Club,
  clubAfterMove,
  clubPolicy,
  clubView,
  isClubPlan,
  joined,
  requireClubPlan,
  requireFounders,
  withoutClub,
} from '../../shared/groups/clubs.ts';
import { DEFAULT_SETTINGS, type Member } from '../../shared/groups/domain.ts';
import { Conflict } from '../../shared/kernel/errors.ts';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const plan = (code: string, clubEligible: boolean) => ({
  code,
  name: { en: code },
  monthlyFee: eur(1000),
  included: { voiceMinutes: null, sms: null, dataMb: null },
  tariffModel: 'STD',
  rank: 1,
  clubEligible,
});
const catalog = (enabled: boolean) =>
  CatalogSchema.parse({
    plans: [plan('BIZ10', true), plan('PRE', false)],
    policies: { businessClubs: { enabled, minMembers: 3 } },
  });

const T0 = new Date('2025-03-01T09:00:00Z');
const T1 = new Date('2025-03-02T09:00:00Z');
const T2 = new Date('2025-03-03T09:00:00Z');

const club: Club = {
  tenantId: 't',
  groupId: 'G',
  clubId: 'C1',
  status: 'active',
  memberCount: 3,
  minMembers: 3,
  createdAt: T0.toISOString(),
  createdBy: '+38349100000',
  updatedAt: T0.toISOString(),
  version: 1,
};

const member: Member = {
  tenantId: 't',
  groupId: 'G',
  msisdn: '+38349100001',
  role: 'member',
  status: 'active',
  plan: 'BIZ10',
  addOns: [],
  settings: DEFAULT_SETTINGS,
  origin: { kind: 'new' },
  addedAt: T0.toISOString(),
  updatedAt: T0.toISOString(),
  version: 4,
};

describe('business club rules', () => {
  it('clubs are a tenant policy: off, every club command is a 409 that says so', () => {
    expect(clubPolicy(catalog(true))).toEqual({ minMembers: 3 });
    expect(() => clubPolicy(catalog(false))).toThrow(Conflict);
    expect(() => clubPolicy(catalog(false))).toThrow(/does not offer business clubs/);
  });

  it('only plans that count as monthly contracts may be in a club; a refusal names the field', () => {
    expect(isClubPlan(catalog(true), 'BIZ10')).toBe(true);
    expect(isClubPlan(catalog(true), 'PRE')).toBe(false);
    expect(isClubPlan(catalog(true), 'GONE')).toBe(false);
    try {
      requireClubPlan(catalog(true), { ...member, plan: 'PRE' }, 'body.members.1');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Conflict);
      expect((e as Conflict).detail).toMatchObject({ plan: 'PRE', errors: [{ field: 'body.members.1' }] });
    }
  });

  it('a club is founded with at least the minimum', () => {
    expect(() => requireFounders(3, 3, 'body.members')).not.toThrow();
    try {
      requireFounders(2, 3, 'body.members');
      expect.unreachable();
    } catch (e) {
      expect((e as Conflict).detail).toMatchObject({ minMembers: 3, errors: [{ field: 'body.members' }] });
      expect((e as Conflict).message).toBe(
        'A business club needs at least 3 members on monthly contracts; 2 were named.',
      );
    }
  });

  it('falling below the minimum flags the club once, with the moment; the flag keeps its date; back at the minimum it is active', () => {
    const fell = clubAfterMove(club, -1, 3, T1);
    expect(fell.fellBelowMinimum).toBe(true);
    expect(fell.club).toMatchObject({
      status: 'below-minimum',
      memberCount: 2,
      belowMinimumSince: T1.toISOString(),
      version: 2,
    });
    const lower = clubAfterMove(fell.club, -1, 3, T2);
    expect(lower.fellBelowMinimum).toBe(false);
    expect(lower.club.belowMinimumSince).toBe(T1.toISOString());
    const back = clubAfterMove(clubAfterMove(lower.club, 1, 3, T2).club, 1, 3, T2);
    expect(back.club.status).toBe('active');
    expect(back.club.belowMinimumSince).toBeUndefined();
    expect(back.club.memberCount).toBe(3);
  });

  it('the minimum is the package’s at each change', () => {
    const raised = clubAfterMove(club, 1, 5, T1);
    expect(raised.club).toMatchObject({ status: 'below-minimum', memberCount: 4, minMembers: 5 });
    expect(raised.fellBelowMinimum).toBe(true);
  });

  it('a club being dissolved stays dissolving', () => {
    const moved = clubAfterMove({ ...club, status: 'dissolving' }, -2, 3, T1);
    expect(moved.club.status).toBe('dissolving');
    expect(moved.fellBelowMinimum).toBe(false);
  });

  it('membership is the member item’s `club`, and every change of it moves the member’s version', () => {
    const inside = joined(member, club, T1);
    expect(inside.club).toEqual({ clubId: 'C1', joinedAt: T1.toISOString() });
    expect(inside.version).toBe(5);
    const out = withoutClub(inside, T2);
    expect(out.club).toBeUndefined();
    expect('club' in out).toBe(false);
    expect(out.version).toBe(6);
  });

  it('the club view carries no storage or audit fields', () => {
    expect(Object.keys(clubView(club)).sort()).toEqual(
      ['clubId', 'createdAt', 'memberCount', 'minMembers', 'status', 'updatedAt'].sort(),
    );
  });
});
