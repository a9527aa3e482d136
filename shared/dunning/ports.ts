import type { CatalogRepository } from '../catalog/ports.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { OneTimeCharge } from '../groups/charges.ts';
import type { GroupRepository } from '../groups/ports.ts';
import type { InvoiceRepository } from '../invoices/ports.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { DeliveryLog } from '../notifications/delivery.ts';
import type { Notifier } from '../notifications/message.ts';
import type { SupportRepository } from '../support/ports.ts';
import type { DunningStage, Outcome, Timeline } from './domain.ts';

/** One step of a dunning's history. */
export interface StageChange {
  stage: DunningStage;
  at: string;
  cause?: string;
}

/** The dunning of one issued invoice with something due. */
export interface Dunning {
  tenantId: string;
  invoiceId: string;
  groupId: string;
  period: string;
  /** The invoice's legal number, for the notices. */
  number: string;
  amountDue: Money;
  paymentReference: string;
  dueDate: string;
  stage: DunningStage;
  since: string;
  timeline: Timeline;
  /** The numbers this dunning barred (kept until it restores them). */
  suspended?: { msisdns: string[]; at: string; scope: 'group' | 'debtor' };
  /** While provisionally reactivated: when that lapses. */
  provisionalUntil?: string;
  /** What ended the current wait (read and cleared by the workflow). */
  outcome?: Outcome;
  /** The token of the workflow's wait, while it waits. */
  taskToken?: string;
  /** The last task failure the workflow recorded before it failed. */
  failure?: { state: string; error: string; cause: string; at: string };
  history: StageChange[];
  /** Optimistic concurrency: every write checks and bumps it. */
  version: number;
  createdAt: string;
}

export const PROOF_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ProofContentType = (typeof PROOF_CONTENT_TYPES)[number];
/** The largest document a proof may carry. */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;

export type ProofStatus = 'awaiting-document' | 'pending' | 'approved' | 'rejected';

/** A proof of payment of an invoice, for the staff's review. */
export interface PaymentProof {
  tenantId: string;
  proofId: string;
  groupId: string;
  invoiceId: string;
  period: string;
  amount: Money;
  /** The day the customer paid, as its bank shows it. */
  paidOn: string;
  bankReference: string;
  /**
   * The declared document, where the client uploads it (`key`) and, once submitted, the copy taken
   * of it (`reviewKey`): what was checked and what staff review, out of the upload URL's reach.
   */
  document: {
    fileName: string;
    contentType: ProofContentType;
    size: number;
    key: string;
    reviewKey?: string;
  };
  status: ProofStatus;
  /** The client area (an administrator) or an e-mail from an authorised address. */
  channel: 'portal' | 'email';
  /**
   * `false` when the customer declared nothing (a proof by e-mail): the amount is what the invoice
   * still had due when the mail arrived, the day paid is the day of receipt, the bank's reference
   * is the mail's subject. Absent for a declared proof (the client area).
   */
  declared?: false;
  /** The message a proof by e-mail came in. */
  messageId?: string;
  /** The administrator's number (client area) or the sender's address (e-mail). */
  submittedBy: string;
  createdAt: string;
  submittedAt?: string;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  version: number;
}

/** One stage change of a dunning, written in one transaction with everything it causes. */
export interface StageWrite {
  before: Dunning;
  after: Dunning;
  /** The numbers to bar (`suspend`) or restore (`restore`) on the network, with the event. */
  network?: { action: 'suspend' | 'restore'; msisdns: string[] };
  /** The reconnection fee for the next invoice. */
  charge?: OneTimeCharge;
  cause: string;
  correlationId?: string;
  at: Date;
}

export interface DunningRepository {
  get(tenantId: string, invoiceId: string): Promise<Dunning | undefined>;
  /** Creates it; the existing one when it was already opened (a task run twice). */
  open(dunning: Dunning): Promise<Dunning>;
  /**
   * The stage change with the invoice's and the group's view of it, the event (`DunningStageChanged`)
   * and what it causes; refused (`StaleDunning`) when the dunning changed since `before` was read.
   */
  changeStage(w: StageWrite): Promise<void>;
  /** Keeps the workflow's task token, unless an outcome was recorded (`OutcomeArrived`) or the stage moved. */
  keepToken(before: Dunning, token: string, at: Date): Promise<void>;
  /**
   * Records an outcome (merged with the one recorded), with an optional write of the caller's
   * (a proof's decision) in the same transaction, and returns the dunning as written (its token
   * included) so the caller can wake the workflow.
   */
  recordOutcome(before: Dunning, outcome: Outcome, alongside?: TransactionPart): Promise<Dunning | undefined>;
  /**
   * The writes that record `outcome` on the dunning (at `before.version`, refused as `StaleDunning`
   * when it moved) and announce it (`DunningOutcomeRecorded`, which wakes the workflow), for the
   * transaction of a proof's submission or decision.
   */
  recordOutcomeWrites(
    before: Dunning,
    outcome: Outcome,
    event: { at: Date; correlationId?: string },
  ): TransactionPart;
  /**
   * A condition that the dunning is still at `before.version` (else `StaleDunning`), for a proof's
   * transaction that records nothing on it: what was not decisive when read is decided again if the
   * dunning moved meanwhile.
   */
  unchangedCheck(before: Dunning): TransactionPart;
  /** Keeps the failure the workflow met (it then fails, and its alarm fires). */
  recordFailure(before: Dunning, failure: NonNullable<Dunning['failure']>): Promise<void>;
  listByStage(tenantId: string, stage: DunningStage, limit: number, cursor?: string): Promise<Page<Dunning>>;

  getProof(tenantId: string, invoiceId: string, proofId: string): Promise<PaymentProof | undefined>;
  /**
   * Creates the proof, with `alongside` in the same transaction (a proof by e-mail: the inbound
   * record of its message and, when decisive, the dunning's outcome); a dunning that moved is
   * `StaleDunning`, any other refused condition comes through as it failed.
   */
  createProof(proof: PaymentProof, alongside?: TransactionPart): Promise<void>;
  /** Writes `after` iff the proof is still at `before.version`, with `alongside` in the same transaction. */
  updateProof(before: PaymentProof, after: PaymentProof, alongside?: TransactionPart): Promise<void>;
  listProofs(
    tenantId: string,
    status: ProofStatus,
    limit: number,
    cursor?: string,
  ): Promise<Page<PaymentProof>>;
  /** The proofs sent for one invoice, oldest first. */
  listInvoiceProofs(
    tenantId: string,
    invoiceId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<PaymentProof>>;
}

/** The dunning workflow: started once per invoice, woken when an outcome is recorded. */
export interface DunningWorkflow {
  /** Starts the invoice's execution; one that already exists (a duplicate event) is left alone. */
  start(name: string, input: DunningInput): Promise<'started' | 'exists'>;
  /** Completes the wait of `token`; a token already completed or expired is no error. */
  wake(token: string, output: { outcome: string }): Promise<'woken' | 'gone'>;
}

/** The state machine's input. */
export interface DunningInput {
  tenantId: string;
  invoiceId: string;
  correlationId: string;
}

/** How long an upload or a download URL of a proof's document is valid. */
export const PROOF_URL_SECONDS = 15 * 60;

/** Where a proof's document is put by the client (`document.key`). */
export const proofDocumentKey = (tenantId: string, groupId: string, proofId: string): string =>
  `proofs/${tenantId}/${groupId}/${proofId}`;

/**
 * Where the document a proof was submitted with is kept (`document.reviewKey`): beside the upload,
 * out of any upload URL's reach. Staff download it from there, whichever way it came.
 */
export const reviewKeyOf = (key: string): string => `${key}.submitted`;

/** The documents of payment proofs: an upload URL for the client, a look at what arrived. */
export interface ProofDocuments {
  /**
   * Where the client puts the document (a presigned PUT on AWS, the local server locally), valid
   * `PROOF_URL_SECONDS`, for exactly `contentType` and `size` bytes.
   */
  uploadUrl(key: string, contentType: string, size: number): Promise<{ url: string; expiresAt: string }>;
  /**
   * Copies what was uploaded at `key` to a key no upload URL reaches and returns that key, or
   * nothing when nothing was uploaded yet: the copy is what is checked and what staff review, so the
   * client cannot replace the document once it is submitted.
   */
  keep(key: string): Promise<string | undefined>;
  /** What is stored at `key`: its size and first bytes (to check its type), or nothing. */
  inspect(key: string): Promise<{ size: number; head: Uint8Array } | undefined>;
  /** The document, for the staff reviewing it (valid `PROOF_URL_SECONDS`). */
  downloadUrl(key: string): Promise<string>;
  /** Stores `bytes` at `key` whole (the document of a proof by e-mail, at its `reviewKeyOf` key). */
  put(key: string, bytes: Uint8Array, contentType: ProofContentType): Promise<void>;
}

/** What the workflow's tasks read and write. */
export interface DunningDeps {
  dunnings: DunningRepository;
  invoices: Pick<InvoiceRepository, 'getHeader'>;
  groups: Pick<GroupRepository, 'getGroup' | 'listMembers'>;
  catalogs: Pick<CatalogRepository, 'current'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  clock: Clock;
}

/** What starts and wakes the workflow. */
export interface DunningEventDeps extends DunningDeps {
  workflow: DunningWorkflow;
}

/** The notices of a dunning: reminder, suspension, restoration, collections. */
export interface DunningNoticeDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}

/**
 * A proof of payment by e-mail to the business address: the support desk's index of authorised
 * senders and its record of inbound mail (a resend answers the first outcome, a rejection is kept
 * with the mail rejected for any reason), the group's invoices, the dunning and its policy, and
 * the documents.
 */
export interface ProofMailDeps {
  dunnings: DunningRepository;
  invoices: Pick<InvoiceRepository, 'listInvoices'>;
  catalogs: Pick<CatalogRepository, 'current'>;
  mail: Pick<
    SupportRepository,
    'groupsAuthorising' | 'inboundOutcome' | 'inboundRecordWrites' | 'recordRejection'
  >;
  documents: Pick<ProofDocuments, 'put'>;
  clock: Clock;
}

/** Payment proofs without their documents: the staff's decision, the lists. */
export interface ProofRecordDeps extends DunningDeps {
  /** The whole repository: every request is decided against the stored group (`accessGroup`). */
  groups: GroupRepository;
}

/** Payment proofs with their documents: the client's declaration and submission, one proof's view. */
export interface ProofDeps extends ProofRecordDeps {
  documents: ProofDocuments;
}
