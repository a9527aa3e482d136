import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { ledgerView } from '../domain.ts';
import { readableNumber } from '../operations.ts';
import type { MoneyDeps } from '../ports.ts';

/** A number's own movements in this group, newest first (the admin, or that member). */
export async function listNumberLedger(
  deps: MoneyDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  limit: number,
  cursor?: string,
): Promise<Page<ReturnType<typeof ledgerView>>> {
  const { msisdn } = await readableNumber(deps, actor.principal, groupId, digits);
  const page = await deps.money.listLedger(actor.tenant.tenantId, msisdn, groupId, limit, cursor);
  return { items: page.items.map(ledgerView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
