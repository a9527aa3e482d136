import type { Actor } from '../../kernel/actor.ts';
import { RUN_SHARDS } from '../keys.ts';
import { type InvoiceDeps, type Issue, NumberingConflict } from '../ports.ts';
import { allFinished, type BillRun, INVOICE_PURPOSE, legalNumber, NUMBERING_BATCH } from '../runs.ts';

/**
 * Batches issued per invocation (24 invoices each): a large run is numbered over several
 * invocations, each ending by queueing the next, so none outlives its function's timeout.
 */
export const NUMBERING_BATCHES_PER_MESSAGE = 150;

/** Conflicting numbering passes (two deliveries of the message at once) retry; one wins each batch. */
const CONFLICT_ATTEMPTS = 20;

/**
 * When every group of a run has its outcome, the run moves to `numbering` and the numbering pass
 * is queued. Any worker may notice it (each checks after its group), so this is idempotent: the
 * move is conditional and the pass tolerates a second delivery.
 */
export async function checkRunFinished(deps: InvoiceDeps, tenantId: string, period: string): Promise<void> {
  const run = await deps.invoices.getRun(tenantId, period);
  if (!run) return;
  if (run.status === 'invoicing') {
    const counts = await deps.invoices.counts(tenantId, period);
    if (!allFinished(run, counts)) return;
    await deps.invoices.advanceRun(run, 'numbering');
  } else if (run.status !== 'numbering') return;
  await deps.queue.send([{ kind: 'number', tenantId, period }]);
}

/** The run's invoiced groups (status `done`), in group-id order: the order legal numbers follow. */
async function doneGroups(deps: InvoiceDeps, run: BillRun): Promise<string[]> {
  const ids: string[] = [];
  for (let shard = 0; shard < RUN_SHARDS; shard++) {
    let cursor: string | undefined;
    do {
      const p = await deps.invoices.listRunGroups(run.tenantId, run.period, shard, 500, cursor);
      for (const g of p.items) if (g.status === 'done') ids.push(g.groupId);
      cursor = p.nextCursor;
    } while (cursor);
  }
  return ids.sort();
}

/**
 * The numbering pass: issues the run's drafts in group-id order, `NUMBERING_BATCH` per
 * transaction, each batch drawing the next numbers of the tenant's series for the issue year.
 * Resumable at any point: an invoice already issued keeps its number and is passed over; a batch
 * whose transaction did not happen drew nothing. Ends the run (`completed`).
 */
export async function numberInvoices(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
  batches = NUMBERING_BATCHES_PER_MESSAGE,
): Promise<{ issued: number; more?: true }> {
  const tenantId = actor.tenant.tenantId;
  const run = await deps.invoices.getRun(tenantId, period);
  if (run?.status !== 'numbering') return { issued: 0 };
  const prefix = actor.tenant.invoiceSeriesPrefix;
  const groups = await doneGroups(deps, run);
  let issued = 0;
  let budget = batches;
  for (let i = 0; i < groups.length; i += NUMBERING_BATCH) {
    const batch = groups.slice(i, i + NUMBERING_BATCH);
    for (let attempt = 1; ; attempt++) {
      const headers = await deps.invoices.headersOf(tenantId, period, batch);
      const drafts = batch.flatMap((g) => {
        const h = headers.get(g);
        return h?.status === 'draft' ? [h] : [];
      });
      if (!drafts.length) break;
      if (attempt === 1 && budget-- <= 0) {
        // The rest in the next invocation, from here (issued invoices are passed over).
        await deps.queue.send([{ kind: 'number', tenantId, period }]);
        return { issued, more: true };
      }
      // Every invoice of a run has the same issue date, so one series year.
      const year = Number(drafts[0]!.issueDate.slice(0, 4));
      const last = await deps.invoices.lastNumber(tenantId, prefix, year);
      const issues: Issue[] = drafts.map((header, k) => ({
        header,
        sequence: last + k + 1,
        number: legalNumber(prefix, year, last + k + 1),
        // A payment quoting the invoice's reference settles it (through money's purposes).
        writes:
          header.totals.amountDue.amount > 0
            ? deps.references.keep(tenantId, header.paymentReference, {
                type: 'purpose',
                purpose: INVOICE_PURPOSE,
                id: header.invoiceId,
                groupId: header.groupId,
                msisdn: header.adminMsisdn,
              })
            : [],
      }));
      try {
        await deps.invoices.issue(run, { prefix, year, last }, issues, deps.clock.now());
        issued += issues.length;
        break;
      } catch (e) {
        if (!(e instanceof NumberingConflict) || attempt >= CONFLICT_ATTEMPTS) throw e;
      }
    }
  }
  await deps.invoices.advanceRun(run, 'completed', { finishedAt: deps.clock.now().toISOString() });
  // Then the direct debits of the run's invoices (a second message is harmless).
  await deps.queue.send([{ kind: 'collect', tenantId, period }]);
  return { issued };
}
