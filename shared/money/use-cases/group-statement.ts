import { accessGroup, requireAdmin } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { billingPeriod } from '../../kernel/calendar.ts';
import { ledgerView } from '../domain.ts';
import type { MoneyDeps } from '../ports.ts';

/**
 * The group statement of one billing period (default: the current one, tenant calendar): every
 * movement of the admin's and every member's number, oldest first. Admin only.
 */
export async function groupStatement(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  period: string | undefined,
  limit: number,
  cursor?: string,
): Promise<{ period: string; items: ReturnType<typeof ledgerView>[]; nextCursor?: string }> {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireAdmin(access);
  const p = period ?? billingPeriod(deps.clock.now(), actor.tenant.timeZone);
  const page = await deps.money.statement(actor.tenant.tenantId, groupId, p, limit, cursor);
  return {
    period: p,
    items: page.items.map(ledgerView),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
