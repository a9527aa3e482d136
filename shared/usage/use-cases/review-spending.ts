import { NumberBarred } from '../../../events/number-barred.ts';
import { NumberUnbarred } from '../../../events/number-unbarred.ts';
import type { DomainEvent } from '../../db/outbox.ts';
import type { Actor } from '../../kernel/actor.ts';
import { billingPeriod } from '../../kernel/calendar.ts';
import { money } from '../../kernel/money.ts';
import { contextOf } from '../context.ts';
import { barReason } from '../domain.ts';
import { UsageConflict, type UsageDeps } from '../ports.ts';
import { ceilingsOf } from './ingest-usage.ts';

const ATTEMPTS = 10;

export type ReviewOutcome = 'unbarred' | 'barred' | 'unchanged';

/**
 * A number's ceilings changed (a deposit, an approved increase, the administrator's cap): its spend of
 * the current period is held against them again. A bar no ceiling holds any more is lifted; a lower
 * cap that the spend already reached bars. Safe to run for every delivery: it changes nothing when
 * the state already matches (the version condition makes concurrent reviews agree).
 */
export async function reviewSpending(
  deps: UsageDeps,
  actor: Actor,
  target: { groupId: string; msisdn: string },
  cause: 'limit-raised' | 'cap-changed',
): Promise<ReviewOutcome> {
  const { tenant } = actor;
  const tenantId = tenant.tenantId;
  for (let attempt = 1; ; attempt++) {
    const at = deps.clock.now();
    const period = billingPeriod(at, tenant.timeZone);
    const [member, catalogVersion, usage] = await Promise.all([
      deps.groups.getMember(tenantId, target.groupId, target.msisdn),
      deps.catalogs.current(tenantId),
      deps.usage.periodUsage(tenantId, target.msisdn, period, target.groupId),
    ]);
    const context = member && catalogVersion && contextOf(member, catalogVersion.catalog);
    if (!usage || !context || !catalogVersion) return 'unchanged';
    const ceilings = await ceilingsOf(
      deps,
      catalogVersion.catalog,
      context,
      tenantId,
      period,
      tenant.currency,
    );
    const spend = money(usage.spend, usage.currency);
    const reason = barReason(spend, ceilings);
    const base = { groupId: usage.groupId, msisdn: usage.msisdn, period };
    let events: DomainEvent[];
    let next = usage;
    let outcome: ReviewOutcome;
    if (usage.bar && !reason) {
      const { bar: _lifted, ...rest } = usage;
      next = rest;
      events = [{ contract: NumberUnbarred, data: { ...base, reason: usage.bar.reason, cause } }];
      outcome = 'unbarred';
    } else if (reason && usage.bar?.reason !== reason) {
      const ceiling = reason === 'spending-cap' ? ceilings.cap! : ceilings.limit!;
      next = { ...usage, bar: { reason, since: at.toISOString() } };
      events = usage.bar ? [] : [{ contract: NumberBarred, data: { ...base, reason, spend, ceiling } }];
      outcome = usage.bar ? 'unchanged' : 'barred';
    } else return 'unchanged';
    try {
      await deps.usage.writeSpendingState({
        usage: next,
        expectedVersion: usage.version,
        events,
        at,
        ...(actor.correlationId ? { correlationId: actor.correlationId } : {}),
      });
      return outcome;
    } catch (e) {
      if (!(e instanceof UsageConflict) || attempt >= ATTEMPTS) throw e;
    }
  }
}
