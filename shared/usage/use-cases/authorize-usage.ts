import type { Actor } from '../../kernel/actor.ts';
import { type Money, money } from '../../kernel/money.ts';
import { rateRecord, UnratableRecord } from '../../rating/domain.ts';
import { contextOf, limitInForce, tariffOf } from '../context.ts';
import {
  type AuthorizationRequest,
  bindingCeiling,
  ceilingsFor,
  grantable,
  periodOf,
  type Refusal,
  settingsRefusal,
} from '../domain.ts';
import type { UsageDeps } from '../ports.ts';

export interface AuthorizationView {
  msisdn: string;
  requested: number;
  granted: number;
  decision: 'granted' | 'partial' | 'refused';
  reason?: Refusal;
  /** What the granted quantity costs beyond included units. */
  charge?: Money;
}

const refused = (r: AuthorizationRequest, reason: Refusal): AuthorizationView => ({
  msisdn: r.msisdn,
  requested: r.quantity,
  granted: 0,
  decision: 'refused',
  reason,
});

/**
 * "May this number use this much of this service now?", asked by the network before the use: the
 * number's bar, its group's suspension, the administrator's service settings, then what the charge
 * of the use leaves under the credit limit (where it bars), the spending cap and, for a prepaid
 * number, the balance. The answer is the quantity granted, possibly less than asked, and the reason
 * when it is less. It writes nothing: the usage record that follows is what is charged.
 */
export async function authorizeUsage(
  deps: UsageDeps,
  actor: Actor,
  request: AuthorizationRequest,
): Promise<AuthorizationView> {
  const { tenant } = actor;
  const tenantId = tenant.tenantId;
  const now = deps.clock.now();
  const ownership = await deps.groups.getNumber(tenantId, request.msisdn);
  if (ownership?.status !== 'active') return refused(request, 'unknown-number');
  const period = periodOf(now.toISOString(), tenant.timeZone);
  // One round of reads after the number's owner: all of them at once.
  const [member, group, catalogVersion, usage, balance, adjustments] = await Promise.all([
    deps.groups.getMember(tenantId, ownership.groupId, request.msisdn),
    deps.groups.getGroup(tenantId, ownership.groupId),
    deps.catalogs.current(tenantId),
    deps.usage.periodUsage(tenantId, request.msisdn, period, ownership.groupId),
    deps.payments.balanceOf(tenantId, request.msisdn),
    deps.limits.adjustmentsOf(tenantId, request.msisdn, period, tenant.currency),
  ]);
  const catalog = catalogVersion?.catalog;
  const context = member && catalog && contextOf(member, catalog);
  if (!context || !catalog) return refused(request, 'unknown-number');
  if (group?.status === 'suspended') return refused(request, 'suspended');
  if (usage?.bar) return refused(request, 'barred');

  const tariff = tariffOf(catalog);
  const currency = tenant.currency;
  const allowance = { used: usage?.used ?? {}, packsStarted: usage?.packsStarted ?? [] };
  const rate = (quantity: number) =>
    rateRecord(tariff, {
      record: { ...request, recordId: 'authorization', startedAt: now.toISOString(), quantity },
      plan: context.plan,
      addOns: context.addOns,
      allowance,
      currency,
    });
  let category: ReturnType<typeof rate>['category'];
  try {
    category = rate(request.quantity).category;
  } catch (e) {
    if (e instanceof UnratableRecord) return refused(request, 'unratable');
    throw e;
  }
  const off = settingsRefusal(request, category, member.settings);
  if (off) return refused(request, off);

  const spend = usage?.spend ?? 0;
  const rooms: { amount: number; reason: Refusal }[] = [];
  const ceilings = ceilingsFor(
    limitInForce(catalog, context.plan, adjustments),
    member.settings.spendingCap,
    catalog.policies,
  );
  const binding = bindingCeiling(ceilings);
  if (binding)
    rooms.push({
      amount: Math.max(0, binding.amount - spend),
      reason: binding.reason === 'spending-cap' ? 'cap-reached' : 'limit-reached',
    });
  if (context.plan.payment === 'prepaid')
    rooms.push({ amount: balance?.currency === currency ? balance.amount : 0, reason: 'no-credit' });

  const decision = grantable(request.quantity, rate, rooms);
  return {
    msisdn: request.msisdn,
    requested: request.quantity,
    granted: decision.granted,
    decision:
      decision.granted === request.quantity ? 'granted' : decision.granted === 0 ? 'refused' : 'partial',
    ...(decision.reason && decision.granted < request.quantity ? { reason: decision.reason } : {}),
    ...(decision.charge ? { charge: decision.charge } : { charge: money(0, currency) }),
  };
}
