import type { CatalogRepository } from '../catalog/ports.ts';
import type { CreditLimitRepository } from '../credit-limits/ports.ts';
import type { ReadPart, ReadResults } from '../db/items.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { GroupRepository } from '../groups/ports.ts';
import type { Actor } from '../kernel/actor.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { PaymentBody } from '../money/payments.ts';
import type { MoneyRepository, PaymentReferences, PaymentRepository } from '../money/ports.ts';
import type { UsageRepository } from '../usage/ports.ts';
import type { DirectDebitBank } from './bank.ts';
import type { InvoiceDocument, InvoiceStatus } from './document.ts';
import type { InvoiceLine } from './domain.ts';
import type { InvoiceFiles } from './files.ts';
import type { BillRun, CollectionSummary, RunCounts, RunGroup } from './runs.ts';

/**
 * What the invoicing use cases need from storage and from the areas around them. The DynamoDB
 * adapter is `dynamo.ts`; the queue adapter `work-queue.ts`.
 */

/** An invoice as stored: the document without its lines (kept in chunks beside it) and, while a draft, without a number. */
export type InvoiceHeader = Omit<InvoiceDocument, 'lines' | 'number' | 'series' | 'issuedAt'> & {
  status: 'draft' | InvoiceStatus;
  number?: string;
  series?: InvoiceDocument['series'];
  issuedAt?: string;
  /** What is still unpaid of `totals.amountDue`. */
  outstanding: Money;
  /** Why the operator voided it, and when (the number stays in the series). */
  voided?: { reason: string; at: string; by: string };
  /** A direct debit the bank returned, with its ISO reason code. */
  directDebitReturn?: { reasonCode: string; at: string };
  /** Payments applied to it, oldest first. */
  payments?: { paymentId: string; amount: Money; receivedAt: string }[];
  /** Its dunning's stage (the dunning area keeps it current). */
  dunning?: InvoiceDunningView;
  /** The administrator's number: a payment beyond what is due becomes its prepaid credit. */
  adminMsisdn: string;
  itemizedBill: boolean;
  lineCount: number;
  chunks: number;
  draftedAt: string;
};

/** The stage of an invoice's dunning as the invoice shows it (stages: `shared/dunning/domain.ts`). */
export interface InvoiceDunningView {
  stage: string;
  since: string;
}

/** An issued invoice's header (a draft of a run in progress is nobody's yet). */
export type IssuedHeader = InvoiceHeader & {
  number: string;
  series: InvoiceDocument['series'];
  issuedAt: string;
};
export const isIssued = (h: InvoiceHeader): h is IssuedHeader =>
  h.status !== 'draft' && h.number !== undefined;

/** A whole stored invoice. */
export interface StoredInvoice {
  header: InvoiceHeader;
  lines: InvoiceLine[];
}

/** How a group of a run ended, written with its counter in one transaction. */
export type GroupOutcome =
  | { status: 'done'; draft: StoredInvoice }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

/** One invoice the numbering pass issues: its header at the version read and its legal number. */
export interface Issue {
  header: InvoiceHeader;
  number: string;
  sequence: number;
  /** Other areas' writes joined to its issue (money keeps its payment reference). */
  writes: TransactionPart;
}

export interface InvoiceRepository {
  /** The write that shows the invoice's dunning stage, for the dunning's transaction. */
  dunningWrite(tenantId: string, groupId: string, period: string, view: InvoiceDunningView): TransactionPart;
  // ----- invoices
  getHeader(tenantId: string, groupId: string, period: string): Promise<InvoiceHeader | undefined>;
  headerRead(tenantId: string, groupId: string, period: string): ReadPart<InvoiceHeader | undefined>;
  getInvoice(tenantId: string, groupId: string, period: string): Promise<StoredInvoice | undefined>;
  /** The group's invoices, newest period first (headers only). */
  listInvoices(
    tenantId: string,
    groupId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<InvoiceHeader>>;

  // ----- bill runs
  getRun(tenantId: string, period: string): Promise<BillRun | undefined>;
  /** Creates the run unless it exists; returns the stored run either way. */
  createRun(run: BillRun): Promise<BillRun>;
  listRuns(tenantId: string, limit: number, cursor?: string): Promise<Page<BillRun>>;
  /**
   * Adds a page of groups to the run's set (as pending), counts them and moves the collection
   * checkpoint, if the run is still at `cursorBefore`; all or nothing.
   */
  collectPage(
    run: BillRun,
    groupIds: readonly string[],
    cursorBefore: string | undefined,
    cursorAfter: string | undefined,
  ): Promise<void>;
  /** Ends collection: the set and its size (the groups collected) are fixed. */
  finishCollecting(run: BillRun, at: string): Promise<void>;
  /** Moves the run from one status to the next (no-op when it already moved on). */
  advanceRun(run: BillRun, to: BillRun['status'], set?: Partial<BillRun>): Promise<void>;
  /** The groups of one shard, in group-id order, optionally of one status. */
  listRunGroups(
    tenantId: string,
    period: string,
    shard: number,
    limit: number,
    cursor?: string,
  ): Promise<Page<RunGroup>>;
  getRunGroup(tenantId: string, period: string, groupId: string): Promise<RunGroup | undefined>;
  /** The run's failed groups with their reasons (an index of failures only). */
  listFailures(tenantId: string, period: string, limit: number, cursor?: string): Promise<Page<RunGroup>>;
  counts(tenantId: string, period: string): Promise<RunCounts>;
  /**
   * Records a pending group's outcome: its status, its shard's counter and (when done) its draft
   * invoice, in one transaction. Returns false (and writes nothing) when the group already has one.
   */
  finishGroup(
    tenantId: string,
    period: string,
    groupId: string,
    outcome: GroupOutcome,
    at: string,
  ): Promise<boolean>;
  /** The headers of these groups' invoices for the period (one batch read). */
  headersOf(
    tenantId: string,
    period: string,
    groupIds: readonly string[],
  ): Promise<Map<string, InvoiceHeader>>;
  /** Records the run's direct-debit collection as it stands. */
  recordCollection(run: BillRun, summary: CollectionSummary): Promise<void>;
  /** A direct debit the bank returned: kept on the invoice with the reason; it stays due. */
  recordReturn(header: InvoiceHeader, r: { reasonCode: string; at: string }): Promise<void>;
  /**
   * Voids an issued, unpaid invoice with the reason (its number stays; nothing is due) and writes
   * `InvoiceVoided`, in one transaction; false when it is no longer `issued` or something was paid on it.
   */
  voidInvoice(header: InvoiceHeader, reason: string, at: Date, correlationId?: string): Promise<boolean>;
  /** The last number drawn in a series and year (0 when none). */
  lastNumber(tenantId: string, prefix: string, year: number): Promise<number>;
  /**
   * Issues drafts: advances the series counter from `last` to `last + issues.length`, stores each
   * invoice issued with its number and a uniqueness guard, writes each `InvoiceIssued` event, and
   * adds them to the run's issued count; all in one transaction. Throws `NumberingConflict` and
   * writes nothing when the counter moved or an invoice is no longer a draft.
   */
  issue(
    run: BillRun,
    series: { prefix: string; year: number; last: number },
    issues: readonly Issue[],
    at: Date,
  ): Promise<void>;
}

export class NumberingConflict extends Error {
  constructor() {
    super('the invoice series moved on or an invoice is no longer a draft');
    this.name = 'NumberingConflict';
  }
}

/**
 * Work for the invoicing workers (SQS on AWS, the local queue in `npm start`): start (or resume)
 * a run, invoice one group of it, or number its drafts.
 */
export type InvoicingMessage =
  | { kind: 'start'; tenantId: string; period: string; startedBy: string }
  | { kind: 'collect'; tenantId: string; period: string }
  | { kind: 'queue'; tenantId: string; period: string; shard: number }
  | { kind: 'group'; tenantId: string; period: string; groupId: string }
  | { kind: 'number'; tenantId: string; period: string };

export interface WorkQueue {
  send(messages: readonly InvoicingMessage[]): Promise<void>;
}

export interface InvoiceDeps {
  invoices: InvoiceRepository;
  groups: GroupRepository;
  usage: Pick<UsageRepository, 'periodUsageRead' | 'listRecords'>;
  creditLimits: Pick<CreditLimitRepository, 'depositsOfPeriod'>;
  payments: Pick<PaymentRepository, 'getSettings'>;
  /** The prepaid balances' movements of the period (the top-ups shown on the invoice). */
  ledger: Pick<MoneyRepository, 'statement'>;
  catalogs: Pick<CatalogRepository, 'current' | 'listVersions'>;
  readTogether: <const P extends readonly ReadPart<unknown>[]>(parts: P) => Promise<ReadResults<P>>;
  queue: WorkQueue;
  /** Money keeps each issued invoice's payment reference, so a payment quoting it settles the invoice. */
  references: PaymentReferences;
  /** The operator's bank for the run's SEPA direct-debit collection. */
  bank: DirectDebitBank;
  /** Money's payment matching (`recordPayment`): a collected debit is a payment quoting the invoice's reference. */
  receivePayment: (actor: Actor, body: PaymentBody) => Promise<unknown>;
  /** The rendered documents (PDF). */
  files: InvoiceFiles;
  clock: Clock;
}
