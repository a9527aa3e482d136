import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Member } from '../../shared/groups/domain.ts';
import { subscriptionHistory } from '../../shared/groups/history.ts';
import type { AuditEntry } from '../../shared/groups/ports.ts';

/** The subscription history of a group in March 2026, rebuilt from its members now and its audit trail. */

const G = '01JGROUPAAAAAAAAAAAAAAAAAA';
const OTHER = '01JGROUPBBBBBBBBBBBBBBBBBB';
const FROM = '2026-02-28T23:00:00.000Z';
const TO = '2026-03-31T22:00:00.000Z';
const A = '+38640100001';
const B = '+38640100002';
const C = '+38640100003';

const member = (
  msisdn: string,
  plan: string,
  addOns: { code: string; activatedAt: string }[] = [],
): Member => ({
  tenantId: 't',
  groupId: G,
  msisdn,
  role: 'member',
  status: 'active',
  plan,
  addOns,
  settings: DEFAULT_SETTINGS,
  origin: { kind: 'new' },
  addedAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 1,
});

let n = 0;
const entry = (at: string, action: string, target: string, before: unknown, after: unknown): AuditEntry => ({
  entryId: `e${String(++n).padStart(4, '0')}`,
  groupId: G,
  at,
  actor: { role: 'admin', subject: 'x' },
  action,
  target,
  before,
  after,
});
/** Newest first, as the trail is read. */
const trail = (...entries: AuditEntry[]) => [...entries].sort((a, b) => (a.at < b.at ? 1 : -1));

describe('subscription history from the audit trail', () => {
  it('a number untouched all month has one plan span from the start, and its add-on from its activation', () => {
    const h = subscriptionHistory(
      G,
      [member(A, 'M', [{ code: 'HBO', activatedAt: '2025-06-01T00:00:00Z' }])],
      [],
      FROM,
      TO,
    );
    expect(h).toEqual([
      {
        msisdn: A,
        plans: [{ plan: 'M', from: FROM }],
        addOns: [{ code: 'HBO', activatedAt: '2025-06-01T00:00:00Z' }],
      },
    ]);
  });

  it('undoes what happened after the period, and splits the plan at a change inside it', () => {
    const h = subscriptionHistory(
      G,
      [member(A, 'XL')],
      trail(
        entry('2026-03-10T08:00:00Z', 'member.plan-changed', A, { plan: 'M' }, { plan: 'L' }),
        entry('2026-04-02T08:00:00Z', 'member.plan-changed', A, { plan: 'L' }, { plan: 'XL' }),
        entry('2026-03-12T08:00:00Z', 'member.label-changed', A, null, { label: 'x' }),
      ),
      FROM,
      TO,
    );
    expect(h[0]!.plans).toEqual([
      { plan: 'M', from: FROM, to: '2026-03-10T08:00:00Z' },
      { plan: 'L', from: '2026-03-10T08:00:00Z' },
    ]);
  });

  it('keeps a number removed in the period (or after it), and one added in it from its addition', () => {
    const h = subscriptionHistory(
      G,
      [member(C, 'M')],
      trail(
        entry('2026-03-20T10:00:00Z', 'member.removed', A, { plan: 'M', addOns: ['HBO'] }, { reason: 'x' }),
        entry('2026-04-03T10:00:00Z', 'member.removed', B, { plan: 'L', addOns: [] }, { reason: 'x' }),
        entry('2026-03-05T10:00:00Z', 'member.added', C, null, { plan: 'M', addOns: [] }),
      ),
      FROM,
      TO,
    );
    expect(h).toEqual([
      {
        msisdn: A,
        plans: [{ plan: 'M', from: FROM, to: '2026-03-20T10:00:00Z' }],
        addOns: [{ code: 'HBO', activatedAt: FROM, deactivatedAt: '2026-03-20T10:00:00Z' }],
      },
      { msisdn: B, plans: [{ plan: 'L', from: FROM }], addOns: [] },
      { msisdn: C, plans: [{ plan: 'M', from: '2026-03-05T10:00:00Z' }], addOns: [] },
    ]);
  });

  it('add-ons switched on and off inside the period have their own spans', () => {
    const h = subscriptionHistory(
      G,
      [member(A, 'M', [{ code: 'USA', activatedAt: '2026-03-15T00:00:00Z' }])],
      trail(
        entry('2026-03-03T00:00:00Z', 'member.add-on-activated', A, { addOns: [] }, { addOns: ['HBO'] }),
        entry('2026-03-09T00:00:00Z', 'member.add-on-deactivated', A, { addOns: ['HBO'] }, { addOns: [] }),
        entry('2026-03-15T00:00:00Z', 'member.add-on-activated', A, { addOns: [] }, { addOns: ['USA'] }),
      ),
      FROM,
      TO,
    );
    expect(h[0]!.addOns).toEqual([
      { code: 'HBO', activatedAt: '2026-03-03T00:00:00Z', deactivatedAt: '2026-03-09T00:00:00Z' },
      { code: 'USA', activatedAt: '2026-03-15T00:00:00Z' },
    ]);
  });

  it('a change of holder: the number leaves the offering group and joins the receiving one', () => {
    const left = subscriptionHistory(
      G,
      [],
      trail(
        entry(
          '2026-03-16T12:00:00Z',
          'holder-change.completed',
          A,
          { groupId: G, plan: 'M', addOns: ['HBO'] },
          { groupId: OTHER },
        ),
      ),
      FROM,
      TO,
    );
    expect(left[0]).toMatchObject({ plans: [{ plan: 'M', from: FROM, to: '2026-03-16T12:00:00Z' }] });
    expect(left[0]!.addOns).toEqual([
      { code: 'HBO', activatedAt: FROM, deactivatedAt: '2026-03-16T12:00:00Z' },
    ]);

    const joined = subscriptionHistory(
      OTHER,
      [{ ...member(A, 'M'), groupId: OTHER }],
      trail(
        entry(
          '2026-03-16T12:00:00Z',
          'holder-change.completed',
          A,
          { groupId: G },
          { groupId: OTHER, plan: 'M' },
        ),
      ),
      FROM,
      TO,
    );
    expect(joined[0]!.plans).toEqual([{ plan: 'M', from: '2026-03-16T12:00:00Z' }]);
  });

  it('a number that joined after the period and one that left before it are not on it; an extra SIM keeps its primary', () => {
    const h = subscriptionHistory(
      G,
      [member(B, 'M'), { ...member(C, 'M'), sharesUnitsOf: A }],
      trail(
        entry('2026-04-01T10:00:00Z', 'member.added', B, null, { plan: 'M' }),
        entry('2026-02-20T10:00:00Z', 'member.removed', A, { plan: 'M', addOns: [] }, {}),
      ),
      FROM,
      TO,
    );
    expect(h.map((x) => x.msisdn)).toEqual([C]);
    expect(h[0]!.sharesUnitsOf).toBe(A);
  });
});
