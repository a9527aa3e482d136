import { describe, expect, it } from 'vitest';
import { PoliciesSchema } from '../../shared/catalog/domain.ts';
import type { Group } from '../../shared/groups/domain.ts';
import type { GroupRepository } from '../../shared/groups/ports.ts';
import { fixedClock } from '../../shared/kernel/clock.ts';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../shared/kernel/errors.ts';
import type { Tenant } from '../../shared/kernel/tenant.ts';
import { operationGuard } from '../../shared/money/operations.ts';
import {
  type MoneyDeps,
  MoneyRefused,
  type MoneyRepository,
  type TransferWrite,
} from '../../shared/money/ports.ts';
import { transferCredit } from '../../shared/money/use-cases/transfer-credit.ts';

/** The transfer use case with in-memory fakes: how each refused condition reaches the caller. */
const tenant: Tenant = {
  tenantId: 't',
  name: 'T',
  country: 'SI',
  locales: ['sl'],
  currency: 'EUR',
  timeZone: 'Europe/Ljubljana',
  vatRateBasisPoints: 2200,
  invoiceSeriesPrefix: 'T-',
  status: 'active',
  createdAt: '2025-01-01T00:00:00Z',
};
const ADMIN = '+38640100001';
const MEMBER = '+38640100002';
const principal = {
  role: 'admin' as const,
  subject: 's',
  tenantId: 't',
  groupId: 'G',
  msisdn: ADMIN.slice(1),
};
const body = { from: ADMIN, to: MEMBER, amount: { amount: 500, currency: 'EUR' } };
const op = { name: 'createTransfer', key: 'key-12345678', request: { body } };

function deps(
  refusal: MoneyRefused | undefined,
  group?: Partial<Group>,
): MoneyDeps & { writes: TransferWrite[] } {
  const writes: TransferWrite[] = [];
  const money = {
    async transfer(w: TransferWrite) {
      writes.push(w);
      if (refusal) throw refusal;
    },
  } as unknown as MoneyRepository;
  const groups = { getGroup: async () => group as Group | undefined } as unknown as GroupRepository;
  return {
    writes,
    money,
    groups,
    policies: {
      current: async () => ({
        version: 1,
        createdAt: '',
        createdBy: '',
        catalog: { policies: PoliciesSchema.parse({}) } as never,
      }),
    },
    clock: fixedClock('2025-03-01T10:00:00Z'),
  };
}

const actor = { principal, tenant };

describe('transferCredit', () => {
  it('writes one transaction with the guard, the day of the tenant calendar and two entries', async () => {
    const d = deps(undefined);
    const view = await transferCredit(d, actor, 'G', body, op);
    expect(view).toMatchObject({
      direction: 'admin-to-member',
      amount: body.amount,
      at: '2025-03-01T10:00:00.000Z',
    });
    const w = d.writes[0]!;
    // the day's total before this 500 may be at most 50,000 − 500
    expect(w.day).toEqual({ day: '2025-03-01', maxTotalBefore: 49_500 });
    expect(w.entries.map((e) => e.amount.amount)).toEqual([-500, 500]);
    expect(w.guard.result).toEqual(view);
    expect(w.actor).toBe(ADMIN);
  });

  it('insufficient credit → 409 with the available amount', async () => {
    const err = await transferCredit(
      deps(new MoneyRefused('funds', { balance: 42 }, ADMIN)),
      actor,
      'G',
      body,
      op,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(Conflict);
    expect(err.detail.available).toEqual({ amount: 42, currency: 'EUR' });
  });

  it('past the day limit → 422 with what remains today', async () => {
    const err = await transferCredit(
      deps(new MoneyRefused('day-limit', { total: 49_800 })),
      actor,
      'G',
      body,
      op,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.detail.remainingToday).toEqual({ amount: 200, currency: 'EUR' });
  });

  it('a replay returns the first result; the same key with another request is 422', async () => {
    const first = { transferId: 'FIRST' };
    const stored = operationGuard('t', op, new Date(), { result: first });
    expect(
      await transferCredit(deps(new MoneyRefused('replay', stored as never)), actor, 'G', body, op),
    ).toEqual(first);
    const other = { ...op, request: { body: { ...body, amount: { amount: 501, currency: 'EUR' } } } };
    const err = await transferCredit(
      deps(new MoneyRefused('replay', stored as never)),
      actor,
      'G',
      other.request.body,
      other,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.field).toBe('header.idempotency-key');
  });

  it('explains a failed admin condition from the stored group', async () => {
    const admin = new MoneyRefused('admin');
    expect(await transferCredit(deps(admin, undefined), actor, 'G', body, op).catch((e) => e)).toBeInstanceOf(
      NotFound,
    );
    expect(
      await transferCredit(
        deps(admin, { status: 'suspended', adminMsisdn: ADMIN }),
        actor,
        'G',
        body,
        op,
      ).catch((e) => e),
    ).toBeInstanceOf(RuleViolation);
    expect(
      await transferCredit(
        deps(admin, { status: 'active', adminMsisdn: '+38640100009' }),
        actor,
        'G',
        body,
        op,
      ).catch((e) => e),
    ).toBeInstanceOf(Forbidden);
  });

  it('a number outside the group → 422 naming the side', async () => {
    const err = await transferCredit(
      deps(new MoneyRefused('member', undefined, MEMBER)),
      actor,
      'G',
      body,
      op,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.field).toBe('body.to');
  });
});
