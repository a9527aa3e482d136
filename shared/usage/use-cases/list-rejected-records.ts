import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { InvalidInput } from '../../kernel/errors.ts';
import type { RejectedRecord, UsageDeps } from '../ports.ts';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The records the network sent that were rejected on a day (UTC, by arrival), with their reasons:
 * the mediation's own data (call detail: never the operator's), so it can correct and send them
 * again. Kept 35 days.
 */
export async function listRejectedRecords(
  deps: Pick<UsageDeps, 'usage' | 'clock'>,
  actor: Actor,
  day: string | undefined,
  limit: number,
  cursor?: string,
): Promise<Page<RejectedRecord> & { date: string }> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const date = day ?? today;
  if (!DAY.test(date) || date > today)
    throw InvalidInput.field('query.date', `must be a day (YYYY-MM-DD, UTC) no later than ${today}`);
  const page = await deps.usage.listRejected(actor.tenant.tenantId, date, limit, cursor);
  return {
    date,
    items: page.items.map((r) => ({
      recordId: r.recordId,
      reason: r.reason,
      detail: r.detail,
      receivedAt: r.receivedAt,
      record: r.record,
    })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
