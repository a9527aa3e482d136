import type { Catalog, Plan } from '../../catalog/domain.ts';
import type { CatalogRepository } from '../../catalog/ports.ts';
import { localDate } from '../../kernel/calendar.ts';
import type { Clock } from '../../kernel/clock.ts';
import { InvalidInput, NotFound } from '../../kernel/errors.ts';
import { type Money, multiplyRatio, percentOf } from '../../kernel/money.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { commitmentFor } from '../commitment.ts';
import { decidePlanChange } from '../domain.ts';

export interface PublicQuoteDeps {
  catalogs: Pick<CatalogRepository, 'current'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  clock: Clock;
}

const planOf = (catalog: Catalog, code: string, field: string): Plan => {
  const plan = catalog.plans.find((p) => p.code === code);
  if (!plan) throw InvalidInput.field(field, `is not a plan of this operator (${code})`);
  return plan;
};

const withVat = (net: Money, basisPoints: number) => {
  const vat = percentOf(net, basisPoints);
  return { net, vat, gross: { amount: net.amount + vat.amount, currency: net.currency } };
};

/**
 * The public answer to "what does moving from plan A to plan B cost?" (document 003: commercial
 * questions are always answered), from the tenant's catalog in force, for anyone, without signing
 * in: both monthly fees and the difference (net, VAT and gross at the tenant's rate); what the rest
 * of the current billing period costs when the change is made today (the difference prorated by
 * day, as the invoice prorates it); the one-time charges (none: changing plans is free); and the
 * commitment consequences — the commitment the new plan brings (months, the monthly benefit and
 * that leaving early claws it back), and whether a downgrade waits for a current commitment to end.
 */
export async function publicQuote(deps: PublicQuoteDeps, tenantId: string, from: string, to: string) {
  const [tenant, current] = await Promise.all([deps.tenant(tenantId), deps.catalogs.current(tenantId)]);
  if (tenant?.status !== 'active' || !current) throw new NotFound('no such operator');
  const catalog = current.catalog;
  const a = planOf(catalog, from, 'query.from');
  const b = planOf(catalog, to, 'query.to');
  const now = deps.clock.now();
  const today = localDate(now, tenant.timeZone);
  // A subscriber on A with no commitment of its own: what anyone on A would be told.
  const decision = decidePlanChange({ plan: a.code, addOns: [] }, a, b, catalog, catalog.policies, today);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const daysLeft = daysInMonth - d + 1;
  const rest = multiplyRatio(decision.monthlyDifference, daysLeft, daysInMonth);
  const commitment = commitmentFor(b, today);
  const vat = tenant.vatRateBasisPoints;
  const termination = catalog.fees.find((f) => f.kind === 'termination' && f.amount.amount > 0);
  return {
    tenant: tenant.tenantId,
    currency: tenant.currency,
    vatRate: vat / 100,
    from: {
      code: a.code,
      name: a.name,
      monthlyFee: withVat(a.monthlyFee, vat),
      commitmentMonths: a.commitmentMonths,
    },
    to: {
      code: b.code,
      name: b.name,
      monthlyFee: withVat(b.monthlyFee, vat),
      commitmentMonths: b.commitmentMonths,
    },
    direction: decision.direction,
    available: b.available,
    monthlyDifference: withVat(decision.monthlyDifference, vat),
    restOfPeriod: {
      from: today,
      to: `${today.slice(0, 8)}${String(daysInMonth).padStart(2, '0')}`,
      days: daysLeft,
      ofDays: daysInMonth,
      ...withVat(rest, vat),
    },
    oneTimeCharges: [] as never[],
    commitment: {
      ...(commitment
        ? {
            newCommitment: {
              months: commitment.months,
              endsOn: commitment.endsOn,
              // Leaving before the end claws back this benefit for each remaining month.
              ...(commitment.monthlyBenefit ? { clawbackPerRemainingMonth: commitment.monthlyBenefit } : {}),
            },
          }
        : {}),
      ...(termination ? { terminationFee: termination.amount } : {}),
      downgradeWaitsForCommitment:
        decision.direction === 'downgrade' && catalog.policies.downgradeNeedsNoCommitment,
    },
    quotedAt: now.toISOString(),
  };
}
