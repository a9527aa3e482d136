import type { AddOn, Catalog, Plan } from '../catalog/domain.ts';
import type { LimitAdjustments } from '../credit-limits/ports.ts';
import type { Member } from '../groups/domain.ts';
import { add, type Money } from '../kernel/money.ts';
import { buildTariff, type Tariff } from '../rating/domain.ts';

/**
 * What rating and spending control need to know about one number, read from the groups area and
 * the catalog in force: its plan, its active add-ons, the tariff of the catalog.
 */
export interface NumberContext {
  member: Member;
  plan: Plan;
  addOns: AddOn[];
}

const tariffs = new WeakMap<Catalog, Tariff>();

/** The catalog's rate zones indexed for rating, built once per catalog version held in memory. */
export function tariffOf(catalog: Catalog): Tariff {
  let t = tariffs.get(catalog);
  if (!t) {
    t = buildTariff(catalog.rateZones);
    tariffs.set(catalog, t);
  }
  return t;
}

/** The member's plan and active add-ons in the catalog; undefined when the plan left the catalog. */
export function contextOf(member: Member, catalog: Catalog): NumberContext | undefined {
  const plan = catalog.plans.find((p) => p.code === member.plan);
  if (!plan) return undefined;
  const codes = new Set(member.addOns.map((a) => a.code));
  return { member, plan, addOns: catalog.addOns.filter((a) => codes.has(a.code)) };
}

/**
 * The credit limit in force: the tenant's table for the plan's tariff model, plus an approved
 * permanent increase, the period's temporary increases and its deposits. None when the table has
 * no entry for the tariff model.
 */
export function limitInForce(catalog: Catalog, plan: Plan, adjustments: LimitAdjustments): Money | undefined {
  const base = catalog.creditLimits.find((c) => c.tariffModel === plan.tariffModel)?.limit;
  if (!base) return undefined;
  return [adjustments.permanentIncrease, adjustments.temporaryIncrease, adjustments.deposits].reduce(
    (sum, m) => (m.currency === sum.currency ? add(sum, m) : sum),
    base,
  );
}
