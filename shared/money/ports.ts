import type { CatalogRepository } from '../catalog/ports.ts';
import type { ReadPart } from '../db/items.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart, Write } from '../db/transactions.ts';
import type { AuditEntry, GroupRepository } from '../groups/ports.ts';
import type { CausedBy } from '../kernel/actor.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { LedgerEntry } from './domain.ts';
import type { Payment, PaymentSettings, PaymentTarget, TopUp } from './payments.ts';
import type { Voucher, VoucherBatch } from './vouchers.ts';

/** Which condition refused a money transaction. */
export type RefusalTag =
  | 'replay'
  | 'admin'
  | 'member'
  | 'funds'
  | 'day-limit'
  | 'state'
  | 'payment-exists'
  | 'voucher'
  | 'batch';

export class MoneyRefused extends Error {
  constructor(
    readonly tag: RefusalTag,
    /** The item as it was when its condition failed (absent if it did not exist). */
    readonly item?: Record<string, unknown>,
    /** Free detail of the tag, e.g. the number whose membership failed. */
    readonly subject?: string,
  ) {
    super(`money transaction refused: ${tag}${subject ? ` (${subject})` : ''}`);
    this.name = 'MoneyRefused';
  }
}

/** Kept with the command's result, so a replay after the idempotency record is gone still finds it. */
export interface OperationGuard {
  opHash: string;
  operation: string;
  requestHash: string;
  /** The first response body (transfers, vouchers, bank top-ups). */
  result?: unknown;
  /** What the command created (a PayPal top-up resumes from it). */
  ref?: { type: 'top-up'; id: string };
  createdAt: string;
}

export interface BalanceRecord {
  balance: Money | undefined;
  updatedAt?: string;
  /** The number's owner (groups area): which group, and whether still active. */
  owner?: { groupId: string; status: string };
}

export interface TransferWrite {
  tenantId: string;
  groupId: string;
  actor: string;
  guard: OperationGuard;
  from: string;
  to: string;
  amount: Money;
  /** The tenant's calendar day and the highest total of the day before this transfer that lets it through. */
  day: { day: string; maxTotalBefore: number };
  entries: LedgerEntry[];
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface MoneyRepository {
  getGuard(tenantId: string, opHash: string): Promise<OperationGuard | undefined>;
  getBalance(tenantId: string, msisdn: string): Promise<BalanceRecord>;
  /** A number's entries inside one group, newest first. */
  listLedger(
    tenantId: string,
    msisdn: string,
    groupId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<LedgerEntry>>;
  /** Every entry of the group's numbers in one billing period, oldest first (GSI1). */
  statement(
    tenantId: string,
    groupId: string,
    period: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<LedgerEntry>>;
  transfer(write: TransferWrite): Promise<void>;
}

/** What a payment reference (`paymentKeys.reference`) pays: a top-up, or a purpose of another area. */
export type ReferenceTarget =
  | { type: 'top-up'; topUpId: string; groupId: string; msisdn: string }
  | PurposeTarget;

/**
 * A reference handed out for something an area above money is paid for (a credit-limit deposit):
 * money keeps the reference in its own namespace, so references stay unique across top-ups and
 * purposes, and knows of the purpose only its name, its id and the number it concerns.
 */
export interface PurposeTarget {
  type: 'purpose';
  /** The key of the port in `PaymentDeps.purposes` that settles it, e.g. `credit-limit-deposit`. */
  purpose: string;
  id: string;
  groupId: string;
  /** E.164. */
  msisdn: string;
}

export interface TopUpWrite {
  tenantId: string;
  guard: OperationGuard;
  /** The admin (E.164) that must still be the group's admin. */
  admin: string;
  topUp: TopUp;
  at: Date;
}

export interface Credit {
  msisdn: string;
  amount: Money;
}

export interface CompleteTopUpWrite {
  tenantId: string;
  topUpId: string;
  set: Pick<TopUp, 'credited' | 'completedAt' | 'paymentId'>;
  /** The provider's payment, recorded under its own id (a second capture of one order is refused). */
  payment: Payment;
  credit: Credit;
  entries: LedgerEntry[];
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface PaymentWrite {
  tenantId: string;
  payment: Payment;
  /** The writes a purpose's owner contributes to settle it (`PaymentPurpose.settle`). */
  purpose?: readonly Write<'state'>[];
  /** A matched top-up: completed now (`pending`) or already completed (the payment is all overpayment). */
  topUp?: {
    topUpId: string;
    expectedStatus: 'pending' | 'completed';
    set?: Pick<TopUp, 'credited' | 'completedAt' | 'paymentId'>;
  };
  /** The number credited, which must still be an active member of the group. */
  member?: { groupId: string; msisdn: string };
  credit?: Credit;
  entries: LedgerEntry[];
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface AssignWrite {
  tenantId: string;
  paymentId: string;
  target: Extract<PaymentTarget, { type: 'number' }>;
  assignedAt: string;
  assignedBy: { role: string; subject: string };
  credit: Credit;
  entries: LedgerEntry[];
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface SettingsWrite {
  tenantId: string;
  groupId: string;
  admin: string;
  settings: PaymentSettings;
  audit: AuditEntry;
}

export interface PaymentRepository {
  getTopUp(tenantId: string, topUpId: string): Promise<TopUp | undefined>;
  /** Guard, admin and member checks, the top-up and (bank transfer) its unique payment reference. */
  createTopUp(w: TopUpWrite): Promise<void>;
  completeTopUp(w: CompleteTopUpWrite): Promise<void>;
  /** Pending → declined; false when it was no longer pending. */
  declineTopUp(tenantId: string, topUpId: string, reason: string, at: Date): Promise<boolean>;

  getReference(tenantId: string, reference: string): Promise<ReferenceTarget | undefined>;
  getPayment(tenantId: string, paymentId: string): Promise<Payment | undefined>;
  /** The payment under its id (refused if it exists), and what it pays: all or nothing. */
  recordPayment(w: PaymentWrite): Promise<void>;
  listUnmatched(tenantId: string, limit: number, cursor?: string): Promise<Page<Payment>>;
  assignPayment(w: AssignWrite): Promise<void>;

  getSettings(tenantId: string, groupId: string): Promise<PaymentSettings | undefined>;
  putSettings(w: SettingsWrite): Promise<void>;
}

export interface RedemptionState {
  voucher?: Voucher;
  failures: { number: number; group: number };
}

export interface RedeemWrite {
  tenantId: string;
  guard: OperationGuard;
  admin: string;
  groupId: string;
  msisdn: string;
  codeHash: string;
  batchId: string;
  /** Tenant calendar date: the voucher must be valid through it. */
  today: string;
  topUp: TopUp;
  entries: LedgerEntry[];
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface GuessCounterKeys {
  tenantId: string;
  msisdn: string;
  groupId: string;
  window: string;
}

export interface VoucherRepository {
  /** Vouchers first, then the batch: the batch (and so its codes) exists only once every voucher does. */
  issueBatch(tenantId: string, batch: VoucherBatch, vouchers: Voucher[]): Promise<void>;
  getBatch(tenantId: string, batchId: string): Promise<VoucherBatch | undefined>;
  listBatches(tenantId: string, limit: number, cursor?: string): Promise<Page<VoucherBatch>>;
  /** One consistent BatchGetItem: the voucher and both failure counters of the window. */
  redemptionState(k: GuessCounterKeys, codeHash: string): Promise<RedemptionState>;
  /** Counts a failed attempt on both counters; false when either was already at its limit. */
  recordFailedGuess(
    k: GuessCounterKeys,
    limits: { perNumber: number; perGroup: number },
    expiresAt: Date,
  ): Promise<boolean>;
  /** Guard, admin, member, voucher issued→redeemed, batch count, top-up, credit, ledger, events. */
  redeem(w: RedeemWrite): Promise<void>;
}

/**
 * Port to the card/PayPal payment provider. A top-up by PayPal (cards go through PayPal too)
 * captures an order the payer approved in the provider's checkout. `requestId` is the
 * provider-side idempotency key (PayPal-Request-Id): capturing again with the same id returns the
 * first result, so a retried top-up never charges twice.
 */
export interface CaptureRequest {
  tenantId: string;
  /** The order the payer approved (PayPal order id). */
  orderId: string;
  /** What the top-up expects (the result reports what was actually captured). */
  amount: Money;
  /** Our top-up id: the idempotency key at the provider. */
  requestId: string;
  /** Shown to the payer, e.g. the payment reference. */
  description: string;
}

export type CaptureResult =
  | { status: 'completed'; providerPaymentId: string; amount: Money }
  | { status: 'declined'; reason: string };

export interface PaymentProvider {
  readonly name: string;
  capture(request: CaptureRequest): Promise<CaptureResult>;
}

/**
 * Prepaid credit: balances, a number's ledger, the group statement and credit transfers.
 * Top-ups are in `money-top-ups.ts`, vouchers in `money-vouchers.ts`, payments and payment
 * settings in `money-payments.ts`.
 */
export interface MoneyDeps {
  money: MoneyRepository;
  groups: GroupRepository;
  /** The catalog in force, read for its policies only (a cached read is fine). */
  policies: Pick<CatalogRepository, 'current'>;
  clock: Clock;
}

/**
 * Payments received (bank, payment provider, operator), their matching, the operator's
 * resolution of unmatched ones, and the group's payment settings.
 */
export interface PaymentDeps {
  payments: PaymentRepository;
  groups: GroupRepository;
  clock: Clock;
  /** The invoices area, once it exists: payments quoting an invoice's reference are applied there. */
  invoices?: InvoicePayments;
  /** The owners of payment purposes, by purpose name (`PurposeTarget.purpose`). */
  purposes?: Readonly<Record<string, PaymentPurpose>>;
}

/**
 * The owner of a payment purpose (an area above money, e.g. credit limits for deposits) settles
 * it inside the payment's own transaction: money records the payment, splits it against what is
 * due (the rest is overpayment, prepaid credit of the number), checks that the number is still an
 * active member of the group and writes `PaymentReceived`; the owner contributes its writes. A
 * second delivery of the payment is refused by the payment's own item, so a purpose is settled once.
 */
export interface PaymentPurpose {
  /** What is still due on it (its whole amount while open, zero once settled); undefined when unknown. */
  due(tenantId: string, target: PurposeTarget): Promise<Money | undefined>;
  /**
   * The owner's writes that settle it with `applied` (more than zero) of the payment. A write
   * whose condition fails because the purpose changed since `due` was read is tagged `state`:
   * money then decides the payment again.
   */
  settle(s: PurposeSettlement): Promise<readonly Write<'state'>[]>;
}

export interface PurposeSettlement {
  tenantId: string;
  timeZone: string;
  target: PurposeTarget;
  paymentId: string;
  applied: Money;
  /** When the money arrived, as the payer's bank reported it. */
  receivedAt: string;
  /** When the payment was recorded: the purpose counts in this instant's billing period. */
  at: Date;
  causedBy: CausedBy;
  correlationId?: string;
}

/**
 * Payment references for the purposes of other areas: a fresh ISO 11649 reference and the write
 * that keeps it (unique), joined to the owner's transaction that creates what it pays.
 */
export interface PaymentReferences {
  reserve(tenantId: string, target: PurposeTarget): { reference: string; writes: TransactionPart };
  /**
   * Keeps a reference the owner made itself (an invoice's, derived from the group and the period)
   * for its purpose; the write fails its condition when the reference already names something.
   */
  keep(tenantId: string, reference: string, target: PurposeTarget): TransactionPart;
}

/**
 * Seam for invoices (until the invoices area exists): a reference that names an open invoice is handed over whole;
 * the invoices area records the payment (same `paymentKeys.payment` item, so a second delivery is
 * still recognised), applies it, turns any overpayment into credit, and emits `PaymentReceived`
 * with an `invoice` target, in one transaction. Until then such payments are kept as unmatched.
 */
export interface InvoicePayments {
  findByReference(
    tenantId: string,
    reference: string,
  ): Promise<{ invoiceId: string; groupId: string } | undefined>;
  applyPayment(
    tenantId: string,
    payment: Payment,
    invoice: { invoiceId: string; groupId: string },
  ): Promise<Payment>;
}

/**
 * Top-ups of a member's prepaid balance, by the group admin:
 * - bank transfer: a pending top-up with an ISO 11649 payment reference; the bank's report of the
 *   payment (`money-payments.ts`) credits it;
 * - PayPal (cards go through PayPal): the approved order is captured through the payment-provider
 *   port and the captured amount credited, or the top-up is declined;
 * - voucher: `money-vouchers.ts`.
 */
export interface TopUpDeps extends VoucherDeps {
  payments: PaymentRepository;
  provider: () => PaymentProvider;
}

/**
 * Store vouchers: the operator issues batches (codes shown once, stored hashed); the group admin
 * redeems a code onto a number of the group. Rules in `domain/vouchers.ts`.
 */
export interface VoucherDeps extends MoneyDeps {
  vouchers: VoucherRepository;
}

/**
 * Usage of a prepaid number paid from its balance, inside the usage area's own transaction (the
 * rated records, the period's usage and the payment are written together or not at all).
 */
export interface UsagePayments {
  /** The number's balance; undefined when it never had one. */
  balanceOf(tenantId: string, msisdn: string): Promise<Money | undefined>;
  /** The same read, as a part of another area's batch read. */
  balanceRead(tenantId: string, msisdn: string): ReadPart<Money | undefined>;
  /**
   * The writes that take `amount` from the balance (refused with tag `funds` when the balance is
   * short, e.g. after a concurrent transfer) and record the usage ledger entry `chargeId`.
   */
  payFromBalance(p: {
    tenantId: string;
    groupId: string;
    msisdn: string;
    amount: Money;
    chargeId: string;
    note: string;
    at: Date;
    timeZone: string;
    causedBy: CausedBy;
    correlationId?: string;
  }): TransactionPart;
}
