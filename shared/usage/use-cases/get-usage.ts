import { canShareUnits } from '../../groups/domain.ts';
import type { Actor } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { type Money, money } from '../../kernel/money.ts';
import { BYTES_PER_MB, type LineCategory, SECONDS_PER_MINUTE } from '../../rating/domain.ts';
import { readableUsage } from '../access.ts';
import { contextOf, limitInForce } from '../context.ts';
import type { Bar } from '../domain.ts';
import { emptyPeriodUsage, type UsageDeps } from '../ports.ts';

export interface AllowanceView {
  /** `voice`, `sms`, `data` (the plan's), or `pack:<add-on>`. */
  key: string;
  source: 'plan' | 'pack';
  addOn?: string;
  unit: 'seconds' | 'messages' | 'bytes';
  /** `null` = unlimited. */
  included: number | null;
  used: number;
  remaining: number | null;
}

export interface CeilingView {
  amount: Money;
  used: Money;
  remaining: Money;
  /** Whole percent of the ceiling used. */
  percentUsed: number;
}

export interface UsageView {
  msisdn: string;
  period: string;
  plan: string;
  /** An extra SIM: the member whose allowances (shown here) it shares. */
  sharesUnitsOf?: string;
  payment: 'postpaid' | 'prepaid';
  allowances: AllowanceView[];
  charges: { category: LineCategory; amount: Money }[];
  lines: { lineCode: string; category: LineCategory; quantity: number; amount: Money; records: number }[];
  spend: Money;
  paidFromBalance: Money;
  /** The credit limit in force and how much of it is used; null when the tenant's table has none. */
  creditLimit: (CeilingView & { bars: boolean }) | null;
  spendingCap: CeilingView | null;
  barred: Bar | null;
  warnedAt?: string;
  records: number;
}

function ceilingView(ceiling: Money, spend: number): CeilingView {
  const c = ceiling.currency;
  return {
    amount: ceiling,
    used: money(spend, c),
    remaining: money(Math.max(0, ceiling.amount - spend), c),
    percentUsed: ceiling.amount === 0 ? (spend > 0 ? 100 : 0) : Math.floor((spend * 100) / ceiling.amount),
  };
}

/**
 * A number's usage of a period: used and remaining units per allowance, charges by category and
 * line, the credit limit and the spending cap with how much of each is used, and a bar. The group's
 * administrator and the member itself read it; the operator never does (privacy).
 */
export async function getUsage(
  deps: UsageDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  period?: string,
): Promise<UsageView> {
  const { tenant } = actor;
  const { msisdn, period: wanted } = await readableUsage(deps, actor, groupId, digits, period);
  const [member, catalogVersion, stored, adjustments] = await Promise.all([
    deps.groups.getMember(tenant.tenantId, groupId, msisdn),
    deps.catalogs.current(tenant.tenantId),
    deps.usage.periodUsage(tenant.tenantId, msisdn, wanted, groupId),
    deps.limits.adjustmentsOf(tenant.tenantId, msisdn, wanted, tenant.currency),
  ]);
  if (!member) throw new NotFound(message('member.not-found'));
  const catalog = catalogVersion!.catalog;
  const context = contextOf(member, catalog);
  const usage = stored ?? emptyPeriodUsage(tenant.tenantId, msisdn, groupId, wanted, tenant.currency);
  const c = tenant.currency;
  // An extra SIM's allowances are its primary's (used by both), while the primary shares them.
  const primaryMember = member.sharesUnitsOf
    ? await deps.groups.getMember(tenant.tenantId, groupId, member.sharesUnitsOf)
    : undefined;
  const sharing = primaryMember && canShareUnits(primaryMember, catalog) ? primaryMember : undefined;
  const units = sharing
    ? ((await deps.usage.periodUsage(tenant.tenantId, sharing.msisdn, wanted, groupId))?.used ?? {})
    : usage.used;
  const unitsContext = sharing ? contextOf(sharing, catalog) : context;

  const allowances: AllowanceView[] = [];
  if (unitsContext) {
    const plan = unitsContext.plan;
    const planUnits: [string, number | null, number, AllowanceView['unit']][] = [
      ['voice', plan.included.voiceMinutes, SECONDS_PER_MINUTE, 'seconds'],
      ['sms', plan.included.sms, 1, 'messages'],
      ['data', plan.included.dataMb, BYTES_PER_MB, 'bytes'],
    ];
    for (const [key, included, size, unit] of planUnits) {
      const total = included === null ? null : included * size;
      const used = units[key] ?? 0;
      allowances.push({
        key,
        source: 'plan',
        unit,
        included: total,
        used,
        remaining: total === null ? null : Math.max(0, total - used),
      });
    }
    for (const addOn of unitsContext.addOns) {
      const packUnits: [number | null | undefined, number, AllowanceView['unit']][] = [
        [addOn.includedVoiceMinutes, SECONDS_PER_MINUTE, 'seconds'],
        [addOn.includedSms, 1, 'messages'],
        [addOn.includedDataMb, BYTES_PER_MB, 'bytes'],
      ];
      const key = `pack:${addOn.code}`;
      for (const [included, size, unit] of packUnits) {
        if (included === undefined) continue;
        if (addOn.kind !== 'roaming-data' && addOn.kind !== 'country-pack') continue;
        const total = included === null ? null : included * size;
        const used = units[key] ?? 0;
        allowances.push({
          key,
          source: 'pack',
          addOn: addOn.code,
          unit,
          included: total,
          used,
          remaining: total === null ? null : Math.max(0, total - used),
        });
      }
    }
  }

  const limit = context ? limitInForce(catalog, context.plan, adjustments) : undefined;
  const cap = member.settings.spendingCap;
  return {
    msisdn,
    period: wanted,
    plan: member.plan,
    ...(sharing ? { sharesUnitsOf: sharing.msisdn } : {}),
    payment: context?.plan.payment ?? 'postpaid',
    allowances,
    charges: Object.entries(usage.charges)
      .filter(([, amount]) => amount !== undefined)
      .map(([category, amount]) => ({ category: category as LineCategory, amount: money(amount!, c) })),
    lines: Object.entries(usage.lines)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lineCode, l]) => ({
        lineCode,
        category: l.category,
        quantity: l.quantity,
        amount: money(l.amount, c),
        records: l.records,
      })),
    spend: money(usage.spend, c),
    paidFromBalance: money(usage.paidFromBalance, c),
    creditLimit: limit
      ? { ...ceilingView(limit, usage.spend), bars: catalog.policies.barOnCreditLimit }
      : null,
    spendingCap: cap ? ceilingView(cap, usage.spend) : null,
    barred: usage.bar ?? null,
    ...(usage.warnedAt ? { warnedAt: usage.warnedAt } : {}),
    records: usage.records,
  };
}
