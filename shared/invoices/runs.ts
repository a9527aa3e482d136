import { addMonths, startOfLocalDay } from '../kernel/calendar.ts';
import { RUN_SHARDS } from './keys.ts';

/**
 * Bill runs: the monthly invoicing of every group of a tenant for one period. Pure rules; no I/O.
 *
 * One run per tenant and period, its id the period. Starting it again resumes it. Its life:
 * - `collecting` — the set of groups is read from the tenant's group index page by page (the page
 *   cursor is checkpointed on the run, so a crash resumes where it stopped) and written to the
 *   run's shards as `pending`. Groups registered after the period are left out.
 * - `invoicing` — every pending group is put on the invoicing queue; a worker computes the group's
 *   invoice and stores it as a draft, and marks the group `done` (or `skipped`: nothing to bill;
 *   or `failed` with the reason, when its data cannot make an invoice) in the same transaction
 *   that counts it in its shard's counter.
 * - `numbering` — when every group is finished, the drafts are issued in one ordered pass (by
 *   group id): each transaction draws the next legal numbers for a batch of invoices, stores them
 *   issued with their numbers and uniqueness guards, and writes their `InvoiceIssued` events.
 * - `completed` — every draft is issued.
 *
 * Why numbering is a final pass: legal numbers must be sequential without gaps per series and
 * year, so they cannot be drawn by parallel workers without serialising them on one counter; a
 * single ordered pass draws them in batches (one counter update per batch of invoices) and no
 * number is ever drawn for an invoice that is not stored in the same transaction.
 */

export type BillRunStatus = 'collecting' | 'invoicing' | 'numbering' | 'completed';
export type RunGroupStatus = 'pending' | 'done' | 'skipped' | 'failed';

export interface BillRun {
  tenantId: string;
  runId: string;
  period: string;
  status: BillRunStatus;
  /** Groups in the run's fixed set (known once collection ends). */
  expected: number;
  /** Where collection stopped (the group index cursor), while `collecting`. */
  collectCursor?: string;
  /** Groups collected so far. */
  collected?: number;
  /** Invoices issued by the numbering pass so far. */
  issued: number;
  startedAt: string;
  collectedAt?: string;
  finishedAt?: string;
  /** Who or what started it (the schedule, an operator, the CLI). */
  startedBy: string;
  /** The run's direct-debit collection, once every invoice is issued. */
  collection?: CollectionSummary;
}

/** The SEPA direct-debit collection of a run: its file, then the bank's answers. */
export interface CollectionSummary {
  status: 'submitted' | 'applied';
  /** Key of the pain.008 file in the invoice documents. */
  file?: string;
  collectionDate?: string;
  debits: number;
  total?: { amount: number; currency: string };
  collected: number;
  returned: number;
  /** Direct-debit invoices the bank would refuse (an invalid IBAN or mandate), left out of the file. */
  leftOut: number;
}

export interface RunGroup {
  groupId: string;
  status: RunGroupStatus;
  reason?: string;
  finishedAt?: string;
}

export interface RunCounts {
  done: number;
  skipped: number;
  failed: number;
}

export const runIdOf = (period: string): string => period;

/** The shard of a group in a run: a stable hash of its id (FNV-1a), so every writer agrees. */
export function shardOf(groupId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < groupId.length; i++) {
    h ^= groupId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % RUN_SHARDS;
}

/** The invoice id of a group's invoice for a period: one invoice per group and period. */
export const invoiceIdOf = (groupId: string, period: string): string =>
  `${groupId}-${period.replace('-', '')}`;

export function parseInvoiceId(invoiceId: string): { groupId: string; period: string } | undefined {
  const m = /^([0-9A-Z]{26})-(\d{4})(0[1-9]|1[0-2])$/.exec(invoiceId);
  return m ? { groupId: m[1]!, period: `${m[2]}-${m[3]}` } : undefined;
}

/** The instants the period starts and ends at in the tenant's time zone (end exclusive). */
export function periodWindow(period: string, timeZone: string): { from: string; to: string } {
  return {
    from: startOfLocalDay(`${period}-01`, timeZone).toISOString(),
    to: startOfLocalDay(addMonths(`${period}-01`, 1), timeZone).toISOString(),
  };
}

export const previousPeriod = (period: string): string => addMonths(`${period}-01`, -1).slice(0, 7);

/** The period a run started at `at` invoices: the month before the one `at` falls in (local). */
export const periodToInvoice = (localToday: string): string => previousPeriod(localToday.slice(0, 7));

/** The legal number: the series prefix, the year, the sequence (`ALP-2026-000042`). */
export function legalNumber(prefix: string, year: number, sequence: number): string {
  const sep = prefix.endsWith('-') || prefix === '' ? '' : '-';
  return `${prefix}${sep}${year}-${String(sequence).padStart(6, '0')}`;
}

/** The run is finished collecting and every group of its set has an outcome. */
export const allFinished = (run: BillRun, c: RunCounts): boolean =>
  run.status !== 'collecting' && c.done + c.skipped + c.failed >= run.expected;

export const sumCounts = (counts: readonly RunCounts[]): RunCounts =>
  counts.reduce(
    (a, c) => ({ done: a.done + c.done, skipped: a.skipped + c.skipped, failed: a.failed + c.failed }),
    { done: 0, skipped: 0, failed: 0 },
  );

/**
 * Invoices issued per numbering transaction: each takes 4 writes (header, guard, event, its
 * payment reference), plus the series counter and the run's issued count, within DynamoDB's 100
 * writes per transaction.
 */
export const NUMBERING_BATCH = 24;

/** The payment purpose of invoices in money's references (`PaymentPurpose`). */
export const INVOICE_PURPOSE = 'invoice';
/** Lines per stored chunk of an invoice (each chunk one item, far below DynamoDB's 400 KB). */
export const LINES_PER_CHUNK = 250;
