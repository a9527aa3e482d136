import { parseInvoiceId } from '../../invoices/runs.ts';
import { logger } from '../../kernel/observability.ts';
import { ACTIVE_STAGES, executionName, isActive, isDecisive, mergeOutcome, type Outcome } from '../domain.ts';
import { StaleDunning } from '../dynamo.ts';
import type { Dunning, DunningEventDeps } from '../ports.ts';
import { openDunning } from './tasks.ts';

/**
 * What starts and wakes the dunning workflow, from events (each delivered at least once: every
 * step here may run again and changes nothing the second time).
 */

/**
 * `InvoiceIssued` with something due → the invoice's dunning, opened (so it is on record before
 * any execution runs, and a restart finds it), and its execution, named after the invoice: a
 * duplicate event finds both and starts nothing.
 */
export async function startDunning(
  deps: DunningEventDeps,
  e: { tenantId: string; invoiceId: string; amountDue: { amount: number }; correlationId?: string },
): Promise<'started' | 'exists' | 'nothing-due'> {
  if (e.amountDue.amount <= 0) return 'nothing-due';
  await openDunning(deps, { tenantId: e.tenantId, invoiceId: e.invoiceId });
  return deps.workflow.start(executionName(e.tenantId, e.invoiceId), {
    tenantId: e.tenantId,
    invoiceId: e.invoiceId,
    correlationId: e.correlationId ?? e.invoiceId,
  });
}

/**
 * Starts again every dunning still active in the tenant (a local restart: executions live in the
 * process, their stages in the table). Each resumes at its recorded stage; AWS never needs this.
 */
export async function resumeDunnings(deps: DunningEventDeps, tenantId: string): Promise<number> {
  let started = 0;
  for (const stage of ACTIVE_STAGES) {
    let cursor: string | undefined;
    do {
      const page = await deps.dunnings.listByStage(tenantId, stage, 100, cursor);
      for (const d of page.items) {
        const outcome = await deps.workflow.start(executionName(tenantId, d.invoiceId), {
          tenantId,
          invoiceId: d.invoiceId,
          correlationId: d.invoiceId,
        });
        if (outcome === 'started') started++;
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return started;
}

/** Completes the workflow's wait when the dunning holds a token and an outcome. */
export async function wakeWorkflow(
  deps: Pick<DunningEventDeps, 'workflow'>,
  dunning: Dunning,
): Promise<'woken' | 'gone' | 'not-waiting'> {
  if (!dunning.taskToken || !dunning.outcome) return 'not-waiting';
  return deps.workflow.wake(dunning.taskToken, { outcome: dunning.outcome.kind });
}

/**
 * Records `outcome` on the invoice's dunning when it ends the current wait (`isDecisive`), merged
 * with what was recorded, and wakes the workflow. Safe to run for every delivery.
 */
export async function recordAndWake(
  deps: DunningEventDeps,
  tenantId: string,
  invoiceId: string,
  outcome: Outcome,
): Promise<'woken' | 'gone' | 'not-waiting' | 'not-decisive' | 'no-dunning'> {
  for (let attempt = 1; ; attempt++) {
    const dunning = await deps.dunnings.get(tenantId, invoiceId);
    if (!dunning) return 'no-dunning';
    const policy = (await deps.catalogs.current(tenantId))?.catalog.policies.dunning;
    if (!policy || !isDecisive(dunning.stage, outcome.kind, policy)) return 'not-decisive';
    const merged = mergeOutcome(dunning.outcome, outcome);
    try {
      const written = merged ? await deps.dunnings.recordOutcome(dunning, merged) : dunning;
      return wakeWorkflow(deps, written ?? dunning);
    } catch (e) {
      if (!(e instanceof StaleDunning) || attempt >= 5) throw e;
    }
  }
}

/**
 * `PaymentReceived` for an invoice → when nothing is left to pay, the dunning's outcome is `paid`.
 * A partial payment leaves the workflow waiting, with the rest due.
 */
export async function wakeOnPayment(
  deps: DunningEventDeps,
  e: { tenantId: string; invoiceId: string; receivedAt: string },
): Promise<string> {
  const id = parseInvoiceId(e.invoiceId);
  if (!id) return 'not-an-invoice';
  const [header, dunning] = await Promise.all([
    deps.invoices.getHeader(e.tenantId, id.groupId, id.period),
    deps.dunnings.get(e.tenantId, e.invoiceId),
  ]);
  if (!header || !dunning) return 'no-dunning';
  if (!isActive(dunning.stage)) return 'ended';
  if (header.status !== 'paid' && header.outstanding.amount > 0) {
    logger.info('partial payment: the dunning waits on', {
      invoiceId: e.invoiceId,
      outstanding: header.outstanding.amount,
    });
    return 'partly-paid';
  }
  return recordAndWake(deps, e.tenantId, e.invoiceId, { kind: 'paid', at: e.receivedAt });
}
