import { isConditionalFailure } from '../../db/transactions.ts';
import type { Actor } from '../../kernel/actor.ts';
import { RUN_SHARDS } from '../keys.ts';
import type { InvoiceDeps, InvoicingMessage } from '../ports.ts';
import { type BillRun, periodWindow, runIdOf } from '../runs.ts';
import { checkRunFinished } from './number-invoices.ts';

/** Groups read per page of the tenant's group index while collecting (one transaction per page). */
const COLLECT_PAGE = 50;
/** Pages collected per invocation; then the start goes on from its checkpoint in a new message. */
export const COLLECT_PAGES_PER_MESSAGE = 100;
/** Messages handed to the queue per send. */
const SEND_BATCH = 100;

export interface StartProgress {
  /** Called after each page collected. */
  onProgress?: (p: { stage: 'collecting'; collected: number }) => void;
  /** Pages to collect in this call (default `COLLECT_PAGES_PER_MESSAGE`). */
  pages?: number;
}

/**
 * Starts the bill run of a tenant for a period, or resumes it: one run per tenant and period.
 * - Collects the set of groups from the tenant's group index (never a Scan), page by page with a
 *   checkpoint, leaving out groups registered after the period; a large tenant is collected over
 *   several invocations (each ends by queueing the next `start`), so no invocation outlives its
 *   function's timeout. Then the set is fixed.
 * - Queues one `queue` message per shard of the run: each queues that shard's pending groups for
 *   the invoicing workers (a resume queues again only what has no outcome yet; a worker passes over
 *   a group that has one, so a duplicate costs nothing).
 * - When nothing is left to invoice, queues the numbering pass.
 */
export async function startBillRun(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
  startedBy: string,
  opts: StartProgress = {},
): Promise<BillRun> {
  const tenantId = actor.tenant.tenantId;
  const now = deps.clock.now().toISOString();
  let run = await deps.invoices.createRun({
    tenantId,
    runId: runIdOf(period),
    period,
    status: 'collecting',
    expected: 0,
    issued: 0,
    startedAt: now,
    startedBy,
  });
  const { to } = periodWindow(period, actor.tenant.timeZone);
  let collected = run.collected ?? 0;
  let pages = opts.pages ?? COLLECT_PAGES_PER_MESSAGE;
  while (run.status === 'collecting') {
    if (pages-- <= 0) {
      await deps.queue.send([{ kind: 'start', tenantId, period, startedBy }]);
      return run;
    }
    const page = await deps.groups.listGroups(tenantId, COLLECT_PAGE, run.collectCursor);
    const ids = page.items.filter((g) => g.createdAt < to).map((g) => g.groupId);
    try {
      await deps.invoices.collectPage(run, ids, run.collectCursor, page.nextCursor);
      collected += ids.length;
    } catch (e) {
      // Another start of the same run collected this page first: carry on from its checkpoint.
      if (!isConditionalFailure(e)) throw e;
      run = (await deps.invoices.getRun(tenantId, period))!;
      collected = run.collected ?? 0;
      continue;
    }
    opts.onProgress?.({ stage: 'collecting', collected });
    if (!page.nextCursor) await deps.invoices.finishCollecting(run, deps.clock.now().toISOString());
    run = (await deps.invoices.getRun(tenantId, period))!;
  }

  if (run.status === 'invoicing')
    await deps.queue.send(
      Array.from({ length: RUN_SHARDS }, (_, shard) => ({ kind: 'queue' as const, tenantId, period, shard })),
    );
  await checkRunFinished(deps, tenantId, period);
  return (await deps.invoices.getRun(tenantId, period))!;
}

/** Queues the pending groups of one shard of a run for the invoicing workers. */
export async function queueShard(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
  shard: number,
): Promise<number> {
  const tenantId = actor.tenant.tenantId;
  const run = await deps.invoices.getRun(tenantId, period);
  if (run?.status !== 'invoicing') return 0;
  let queued = 0;
  let cursor: string | undefined;
  do {
    const p = await deps.invoices.listRunGroups(tenantId, period, shard, 500, cursor);
    const pending: InvoicingMessage[] = p.items
      .filter((g) => g.status === 'pending')
      .map((g) => ({ kind: 'group', tenantId, period, groupId: g.groupId }));
    for (let i = 0; i < pending.length; i += SEND_BATCH) {
      await deps.queue.send(pending.slice(i, i + SEND_BATCH));
      queued += Math.min(SEND_BATCH, pending.length - i);
    }
    cursor = p.nextCursor;
  } while (cursor);
  return queued;
}
