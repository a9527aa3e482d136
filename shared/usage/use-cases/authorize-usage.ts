import type { Group, Member } from '../../groups/domain.ts';
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
import type { PeriodUsage, UsageDeps } from '../ports.ts';

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
 * The group each number was last seen in, per container: only a hint for batching the reads (the
 * number's ownership is read in the same batch and decides). Bounded: the oldest entries go first.
 */
const lastGroupOf = new Map<string, string>();
const HINTS = 50_000;

function rememberGroup(key: string, groupId: string): void {
  lastGroupOf.delete(key);
  lastGroupOf.set(key, groupId);
  if (lastGroupOf.size > HINTS) lastGroupOf.delete(lastGroupOf.keys().next().value!);
}

/** The reads that hang off the number's group: member, group, period usage. */
type GroupSide = [Member | undefined, Group | undefined, PeriodUsage | undefined];

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
  const period = periodOf(now.toISOString(), tenant.timeZone);
  // One batch read of everything: the number's partition (owner, balance, credit-limit items) and
  // what hangs off its group (member, group, the period's usage), for the group this container
  // last saw the number in. The owner read in the same batch decides: when the number moved (or
  // is new here), a second batch reads the right group's items. The catalog is cached.
  const key = `${tenantId}|${request.msisdn}`;
  const groupReads = (groupId: string) =>
    [
      deps.groups.memberRead(tenantId, groupId, request.msisdn),
      deps.groups.groupRead(tenantId, groupId),
      deps.usage.periodUsageRead(tenantId, request.msisdn, period, groupId),
    ] as const;
  const hint = lastGroupOf.get(key);
  const [[ownership, balance, adjustments, ...hinted], catalogVersion] = await Promise.all([
    deps.readTogether([
      deps.groups.numberRead(tenantId, request.msisdn),
      deps.payments.balanceRead(tenantId, request.msisdn),
      deps.limits.adjustmentsRead(tenantId, request.msisdn, period, tenant.currency),
      ...(hint ? groupReads(hint) : []),
    ] as const),
    deps.catalogs.current(tenantId),
  ]);
  if (ownership?.status !== 'active') {
    lastGroupOf.delete(key);
    return refused(request, 'unknown-number');
  }
  rememberGroup(key, ownership.groupId);
  const [member, group, usage]: GroupSide =
    hint === ownership.groupId
      ? (hinted as unknown as GroupSide)
      : ((await deps.readTogether(groupReads(ownership.groupId))) as unknown as GroupSide);
  const catalog = catalogVersion?.catalog;
  const context = member && catalog && contextOf(member, catalog);
  if (!context || !catalog) return refused(request, 'unknown-number');
  if (group?.status === 'suspended') return refused(request, 'suspended');
  // Suspended for non-payment (dunning): the group's numbers, or only the administrator's.
  const dunning = group?.dunning;
  if (dunning?.suspended && (dunning.scope !== 'debtor' || member.msisdn === group?.adminMsisdn))
    return refused(request, 'suspended');
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
