import type { ReadPart } from '../db/items.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { AuditEntry, GroupRepository } from '../groups/ports.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { OperationGuard, PaymentReferences } from '../money/ports.ts';
import type { DeliveryLog } from '../notifications/delivery.ts';
import type { Notifier } from '../notifications/message.ts';
import type { Deposit, DepositRecord, IncreaseRequest, NumberStanding, PeriodAdjustments } from './domain.ts';

/**
 * Collection assurance: what raises a number's credit limit above the tenant's table for its
 * tariff model. The usage area computes the limit in force from the table and these adjustments;
 * this area records them (approved increase requests, deposits).
 */
export interface LimitAdjustments {
  /** An approved permanent increase, in force from its approval on. */
  permanentIncrease: Money;
  /** Approved temporary increases for the period (they end with it). */
  temporaryIncrease: Money;
  /** Deposits paid in the period: each raises the period's limit by its amount. */
  deposits: Money;
}

export interface CreditLimitReader {
  /** The adjustments of a number for a billing period (`YYYY-MM`, tenant calendar); zero when none. */
  adjustmentsOf(
    tenantId: string,
    msisdn: string,
    period: string,
    currency: string,
  ): Promise<LimitAdjustments>;
  /** The same read, as a part of another area's batch read (the number's partition). */
  adjustmentsRead(
    tenantId: string,
    msisdn: string,
    period: string,
    currency: string,
  ): ReadPart<LimitAdjustments>;
}

// ----- the area's own storage and dependencies ---------------------------------------------------

/** Which condition refused a credit-limit transaction. */
export type CreditLimitRefusalTag = 'replay' | 'request' | 'deposit' | 'admin' | 'member' | 'limit';

export class CreditLimitRefused extends Error {
  constructor(
    readonly tag: CreditLimitRefusalTag,
    /** The item as it was when its condition failed (absent if it did not exist). */
    readonly item?: Record<string, unknown>,
  ) {
    super(`credit-limit transaction refused: ${tag}`);
    this.name = 'CreditLimitRefused';
  }
}

/** A number's items of one period, read together (one consistent BatchGet). */
export interface NumberLimits {
  /** Who owns the number (groups area): which group, and whether still active. */
  owner?: { groupId: string; status: string };
  /** As stored: possibly a previous holder's (`heldBy` tells). */
  standing?: NumberStanding;
  period?: PeriodAdjustments;
}

/** The item to write in place of the stored one, iff that one is still at the version read. */
export type LimitChange =
  | { item: 'standing'; next: NumberStanding; expectedVersion?: number }
  | { item: 'period'; next: PeriodAdjustments; expectedVersion?: number };

/** A deposit paid: it completed, its period's adjustments raised, its record for the invoice, its event. */
export interface DepositCompletion {
  deposit: Deposit;
  change: Extract<LimitChange, { item: 'period' }>;
  record: DepositRecord;
  event: DomainEvent;
}

export interface CreateDepositWrite {
  tenantId: string;
  guard: OperationGuard;
  /** The admin (E.164) that must still be the group's admin. */
  admin: string;
  deposit: Deposit;
  /** Money's reservation of its payment reference. */
  reference: TransactionPart;
  at: Date;
}

export interface ShopDepositWrite {
  tenantId: string;
  guard: OperationGuard;
  completion: DepositCompletion;
  audit: AuditEntry;
  at: Date;
  correlationId?: string;
}

export interface RequestWrite {
  tenantId: string;
  admin: string;
  request: IncreaseRequest;
  /** The number's standing with the request's date (the two-month rule's condition). */
  standing: Extract<LimitChange, { item: 'standing' }>;
  audit: AuditEntry;
  at: Date;
  correlationId?: string;
}

export interface DecisionWrite {
  tenantId: string;
  /** The request as decided; written iff it is still pending. */
  request: IncreaseRequest;
  /** An approval's raise; the number must still be an active member of the request's group. */
  change?: LimitChange;
  audit: AuditEntry;
  events: DomainEvent[];
  at: Date;
  correlationId?: string;
}

export interface CreditLimitRepository {
  /** The number's owner, standing and adjustments of `period`: one consistent BatchGet. */
  limitsOf(tenantId: string, msisdn: string, period: string): Promise<NumberLimits>;
  getDeposit(
    tenantId: string,
    groupId: string,
    msisdn: string,
    depositId: string,
  ): Promise<Deposit | undefined>;
  /** The number's latest deposits in the group, newest first. */
  listDeposits(tenantId: string, groupId: string, msisdn: string, limit: number): Promise<Deposit[]>;
  /** The group's paid deposits of one billing period, for its invoice (oldest first). */
  depositsOfPeriod(
    tenantId: string,
    groupId: string,
    period: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<DepositRecord>>;
  getRequest(tenantId: string, requestId: string): Promise<IncreaseRequest | undefined>;
  /** Pending requests of the tenant, oldest first (GSI1). */
  listPending(tenantId: string, limit: number, cursor?: string): Promise<Page<IncreaseRequest>>;
  /** The number's latest requests in the group, newest first (GSI2). */
  listRequestsOf(
    tenantId: string,
    groupId: string,
    msisdn: string,
    limit: number,
  ): Promise<IncreaseRequest[]>;

  /** Guard, admin and member checks, the pending deposit and its payment reference. */
  createDeposit(w: CreateDepositWrite): Promise<void>;
  /** Guard, member check, the completed deposit, the raised period, the record, the event, the audit entry. */
  recordShopDeposit(w: ShopDepositWrite): Promise<void>;
  /** Admin and member checks, the request and the number's standing (at the version read). */
  createRequest(w: RequestWrite): Promise<void>;
  /** The request pending → decided, an approval's raise, the audit entry and the events. */
  decideRequest(w: DecisionWrite): Promise<void>;
}

/** Deposits, increase requests and the number's credit-limit page. */
export interface CreditLimitDeps {
  limits: CreditLimitRepository;
  groups: GroupRepository;
  /** Payment references of deposits, kept by the money area. */
  references: PaymentReferences;
  clock: Clock;
}

/** The SMS about a paid deposit or a decided request, in the group's language, once per event. */
export interface CreditLimitNotifyDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  /** How long a delivery's claim holds (default `DELIVERY_LEASE_SECONDS`). */
  leaseSeconds?: number;
}
