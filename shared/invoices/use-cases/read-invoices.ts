import type { Page } from '../../db/pagination.ts';
import { accessGroup, requireAdmin, requireNotOperator } from '../../groups/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Forbidden, NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { RatedRecord } from '../../usage/ports.ts';
import type { InvoiceDocument, ItemizedNumber } from '../document.ts';
import { invoiceFileKey } from '../files.ts';
import { renderInvoicePdf } from '../pdf.ts';
import { type InvoiceDeps, type IssuedHeader, isIssued } from '../ports.ts';
import { type BillRun, parseInvoiceId, type RunCounts, type RunGroup } from '../runs.ts';

type ReadDeps = Pick<InvoiceDeps, 'invoices' | 'groups'>;

/** The admin reads the group's invoices; a member and the operator get 403 (detail of usage). */
async function adminOf(deps: ReadDeps, actor: Actor, groupId: string) {
  const access = await accessGroup(deps, actor.principal, groupId);
  requireNotOperator(access);
  requireAdmin(access);
  return access;
}

/** The group's issued invoices, newest period first. */
export async function listInvoices(
  deps: ReadDeps,
  actor: Actor,
  groupId: string,
  limit: number,
  cursor?: string,
): Promise<Page<IssuedHeader>> {
  await adminOf(deps, actor, groupId);
  const page = await deps.invoices.listInvoices(actor.tenant.tenantId, groupId, limit, cursor);
  return { ...page, items: page.items.filter(isIssued) };
}

const NO_SUCH_INVOICE = message('invoice.not-found');

/** An issued invoice whole, with where it stands: issued (something still due), paid or void. */
export type IssuedInvoice = InvoiceDocument & Pick<IssuedHeader, 'status' | 'outstanding' | 'itemizedBill'>;

/** One issued invoice of the group, whole (its lines included). */
export async function getInvoice(
  deps: ReadDeps,
  actor: Actor,
  groupId: string,
  invoiceId: string,
): Promise<IssuedInvoice> {
  await adminOf(deps, actor, groupId);
  const id = parseInvoiceId(invoiceId);
  if (!id || id.groupId !== groupId) throw new NotFound(NO_SUCH_INVOICE);
  const stored = await deps.invoices.getInvoice(actor.tenant.tenantId, groupId, id.period);
  if (!stored || !isIssued(stored.header)) throw new NotFound(NO_SUCH_INVOICE);
  const { lineCount: _l, chunks: _c, draftedAt: _d, payments: _p, adminMsisdn: _a, ...doc } = stored.header;
  return { ...doc, lines: stored.lines };
}

/**
 * The invoice's PDF: made from the stored invoice the first time it is asked for and kept (the
 * invoice never changes, and the same invoice renders to the same bytes), read back after that.
 */
export async function getInvoicePdf(
  deps: ReadDeps & Pick<InvoiceDeps, 'files' | 'usage'>,
  actor: Actor,
  groupId: string,
  invoiceId: string,
): Promise<{ number: string; pdf: Buffer }> {
  const doc = await getInvoice(deps, actor, groupId, invoiceId);
  const key = invoiceFileKey(actor.tenant.tenantId, groupId, invoiceId, 'pdf');
  const kept = await deps.files.get(key);
  if (kept) return { number: doc.number, pdf: kept };
  const pdf = await renderInvoicePdf(doc, doc.itemizedBill ? { itemized: await itemized(deps, doc) } : {});
  await deps.files.put(key, pdf, 'application/pdf');
  return { number: doc.number, pdf };
}

/** The itemized specification: every rated record of the invoice's numbers in the period, in this group. */
async function itemized(deps: Pick<InvoiceDeps, 'usage'>, doc: IssuedInvoice): Promise<ItemizedNumber[]> {
  const numbers = [...new Set(doc.lines.flatMap((l) => (l.msisdn ? [l.msisdn] : [])))];
  const out: ItemizedNumber[] = [];
  for (const msisdn of numbers) {
    const records: RatedRecord[] = [];
    let cursor: string | undefined;
    do {
      const p = await deps.usage.listRecords(doc.tenantId, msisdn, doc.period, 200, cursor);
      records.push(...p.items.filter((r) => r.groupId === doc.groupId));
      cursor = p.nextCursor;
    } while (cursor);
    if (records.length) out.push({ msisdn, records });
  }
  return out;
}

/** The operator's: bill runs and their progress. */
function requireOperator(actor: Actor): void {
  if (actor.principal.role !== 'operator')
    throw new Forbidden(message('role.not-allowed', { role: actor.principal.role }));
}

export interface BillRunProgress extends BillRun {
  counts: RunCounts & { pending: number };
}

export async function listBillRuns(
  deps: Pick<InvoiceDeps, 'invoices'>,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<Page<BillRun>> {
  requireOperator(actor);
  return deps.invoices.listRuns(actor.tenant.tenantId, limit, cursor);
}

async function runOf(deps: Pick<InvoiceDeps, 'invoices'>, actor: Actor, runId: string): Promise<BillRun> {
  requireOperator(actor);
  const run = await deps.invoices.getRun(actor.tenant.tenantId, runId);
  if (!run) throw new NotFound(message('bill-run.not-found'));
  return run;
}

/** A run with its counts, summed over its shards. */
export async function getBillRun(
  deps: Pick<InvoiceDeps, 'invoices'>,
  actor: Actor,
  runId: string,
): Promise<BillRunProgress> {
  const run = await runOf(deps, actor, runId);
  const counts = await deps.invoices.counts(actor.tenant.tenantId, runId);
  const expected = run.status === 'collecting' ? (run.collected ?? 0) : run.expected;
  return {
    ...run,
    counts: { ...counts, pending: Math.max(0, expected - counts.done - counts.skipped - counts.failed) },
  };
}

/** The run's failed groups with their reasons, by group id. */
export async function listBillRunFailures(
  deps: Pick<InvoiceDeps, 'invoices'>,
  actor: Actor,
  runId: string,
  limit: number,
  cursor?: string,
): Promise<Page<RunGroup>> {
  await runOf(deps, actor, runId);
  return deps.invoices.listFailures(actor.tenant.tenantId, runId, limit, cursor);
}

/** The run's SEPA direct-debit collection file (pain.008.001.02), for the operator to send to its bank. */
export async function getDirectDebitFile(
  deps: Pick<InvoiceDeps, 'invoices' | 'files'>,
  actor: Actor,
  runId: string,
): Promise<Buffer> {
  const run = await runOf(deps, actor, runId);
  const file = run.collection?.file ? await deps.files.get(run.collection.file) : undefined;
  if (!file) throw new NotFound(message('bill-run.no-direct-debit'));
  return file;
}
