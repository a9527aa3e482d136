import type { Actor } from '../../kernel/actor.ts';
import { collectionOf, pain008Xml } from '../direct-debit.ts';
import { invoiceRunFileKey } from '../files.ts';
import { RUN_SHARDS } from '../keys.ts';
import { type InvoiceDeps, type IssuedHeader, isIssued } from '../ports.ts';
import type { BillRun, CollectionSummary } from '../runs.ts';

async function directDebitInvoices(deps: InvoiceDeps, run: BillRun): Promise<IssuedHeader[]> {
  const out: IssuedHeader[] = [];
  for (let shard = 0; shard < RUN_SHARDS; shard++) {
    let cursor: string | undefined;
    do {
      const p = await deps.invoices.listRunGroups(run.tenantId, run.period, shard, 500, cursor);
      const done = p.items.filter((g) => g.status === 'done').map((g) => g.groupId);
      for (let i = 0; i < done.length; i += 100) {
        const headers = await deps.invoices.headersOf(run.tenantId, run.period, done.slice(i, i + 100));
        for (const h of headers.values())
          if (isIssued(h) && h.paymentMeans.kind === 'direct-debit' && h.totals.amountDue.amount > 0)
            out.push(h);
      }
      cursor = p.nextCursor;
    } while (cursor);
  }
  return out.sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
}

/**
 * The run's SEPA Core direct-debit collection, once every invoice is issued: one pain.008 file for
 * the tenant and the run's due date with every direct-debit invoice that has an amount due, kept
 * for the operator (`GET /v1/bill-runs/{period}/direct-debit`) and handed to the bank. The bank's
 * answers come back as payments (money matches them to the invoice by its reference: the invoice
 * is paid) or returns (recorded on the invoice with the reason code; it stays due for dunning).
 *
 * Safe to repeat: the file is the same bytes every time (its message id and creation time come
 * from the run), so a bank refuses a second submission of it as a duplicate; a collected debit is a
 * payment with a stable id (`DD-<invoice number>`), which money recognises when it comes again; and
 * a run whose answers were applied is not collected again.
 */
export async function collectDirectDebits(
  deps: InvoiceDeps,
  actor: Actor,
  period: string,
): Promise<CollectionSummary | undefined> {
  const tenantId = actor.tenant.tenantId;
  const run = await deps.invoices.getRun(tenantId, period);
  if (run?.status !== 'completed') return undefined;
  if (run.collection?.status === 'applied') return run.collection;
  const invoices = await directDebitInvoices(deps, run);
  if (!invoices.length) {
    const none: CollectionSummary = { status: 'applied', debits: 0, collected: 0, returned: 0, leftOut: 0 };
    await deps.invoices.recordCollection(run, none);
    return none;
  }
  const collection = collectionOf(
    invoices.map((h) => ({ ...h, lines: [] })),
    { messageId: `${tenantId}-${period}-DD`.slice(0, 35), createdAt: run.finishedAt ?? run.startedAt },
  );
  const xml = pain008Xml(collection);
  const file = invoiceRunFileKey(tenantId, period, 'direct-debit.xml');
  await deps.files.put(file, Buffer.from(xml, 'utf8'), 'application/xml');
  const submitted: CollectionSummary = {
    status: 'submitted',
    file,
    collectionDate: collection.collectionDate,
    debits: collection.transactions.length,
    total: collection.total,
    collected: 0,
    returned: 0,
    leftOut: collection.leftOut.filter((l) => l.reason !== 'not-direct-debit' && l.reason !== 'nothing-due')
      .length,
  };
  await deps.invoices.recordCollection(run, submitted);

  const outcomes = await deps.bank.submit(collection, xml);
  const byInvoice = new Map(invoices.map((h) => [h.invoiceId, h]));
  let collected = 0;
  let returned = 0;
  for (const o of outcomes) {
    const h = byInvoice.get(o.invoiceId);
    if (!h) continue;
    if (o.result === 'collected') {
      await deps.receivePayment(actor, {
        paymentId: `DD-${o.endToEndId}`,
        amount: o.amount,
        reference: h.paymentReference,
        method: 'direct-debit',
        receivedAt: `${collection.collectionDate}T00:00:00Z`,
      });
      collected++;
    } else {
      await deps.invoices.recordReturn(h, { reasonCode: o.reasonCode, at: deps.clock.now().toISOString() });
      returned++;
    }
  }
  const applied: CollectionSummary = { ...submitted, status: 'applied', collected, returned };
  await deps.invoices.recordCollection(run, applied);
  return applied;
}
