import type { Page } from '../../db/pagination.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Forbidden } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { Money } from '../../kernel/money.ts';
import type { DunningStage } from '../domain.ts';
import type { ProofDeps } from '../ports.ts';

/** One invoice's dunning as the operator's list shows it. */
export interface DunningSummary {
  invoiceId: string;
  groupId: string;
  number: string;
  stage: DunningStage;
  since: string;
  amountDue: Money;
  dueDate: string;
  /** How many of the group's numbers it keeps barred. */
  suspendedNumbers: number;
}

/**
 * The operator's view of the tenant's dunnings in one stage (`suspended`: the customers waiting to
 * pay or to send a proof), oldest change first; `scheduled`, spread over its shards, lists shard
 * by shard.
 */
export async function listDunnings(
  deps: Pick<ProofDeps, 'dunnings'>,
  actor: Actor,
  stage: DunningStage,
  limit: number,
  cursor?: string,
): Promise<Page<DunningSummary>> {
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
  const page = await deps.dunnings.listByStage(actor.tenant.tenantId, stage, limit, cursor);
  return {
    ...page,
    items: page.items.map((d) => ({
      invoiceId: d.invoiceId,
      groupId: d.groupId,
      number: d.number,
      stage: d.stage,
      since: d.since,
      amountDue: d.amountDue,
      dueDate: d.dueDate,
      suspendedNumbers: d.suspended?.msisdns.length ?? 0,
    })),
  };
}
