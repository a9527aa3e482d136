import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import { readableUsage } from '../access.ts';
import type { RatedRecord, UsageDeps } from '../ports.ts';

export type RatedRecordLine = Pick<
  RatedRecord,
  | 'recordId'
  | 'type'
  | 'counterpart'
  | 'startedAt'
  | 'quantity'
  | 'visitedCountry'
  | 'lineCode'
  | 'category'
  | 'charge'
  | 'paidFromBalance'
>;

/** A number's rated records of a period inside this group, in time order: the itemized bill. */
export async function listUsageRecords(
  deps: UsageDeps,
  actor: Actor,
  groupId: string,
  digits: string,
  period: string | undefined,
  limit: number,
  cursor?: string,
): Promise<Page<RatedRecordLine> & { period: string }> {
  const { msisdn, period: wanted } = await readableUsage(deps, actor, groupId, digits, period);
  const member = await deps.groups.getMember(actor.tenant.tenantId, groupId, msisdn);
  if (!member) throw new NotFound(message('member.not-found'));
  const page = await deps.usage.listRecords(actor.tenant.tenantId, msisdn, wanted, limit, cursor);
  return {
    period: wanted,
    // A number that changed holder keeps its earlier group's records out of this one's view.
    items: page.items
      .filter((r) => r.groupId === groupId)
      .map((r) => ({
        recordId: r.recordId,
        type: r.type,
        ...(r.counterpart ? { counterpart: r.counterpart } : {}),
        startedAt: r.startedAt,
        quantity: r.quantity,
        ...(r.visitedCountry ? { visitedCountry: r.visitedCountry } : {}),
        lineCode: r.lineCode,
        category: r.category,
        charge: r.charge,
        ...(r.paidFromBalance ? { paidFromBalance: r.paidFromBalance } : {}),
      })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
