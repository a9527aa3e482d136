import type { CatalogRepository } from '../catalog/ports.ts';
import type { CreditLimitReader } from '../credit-limits/ports.ts';
import type { ReadPart, ReadResults } from '../db/items.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { GroupRepository } from '../groups/ports.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Money } from '../kernel/money.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { UsagePayments } from '../money/ports.ts';
import type { DeliveryLog } from '../notifications/delivery.ts';
import type { Notifier } from '../notifications/message.ts';
import type { LineCategory, PackStart, RatedPart, UsageRecord } from '../rating/domain.ts';
import type { Bar, ChargesByCategory, RejectionReason } from './domain.ts';

/** One record as rated and kept for the itemized bill. */
export interface RatedRecord extends UsageRecord {
  tenantId: string;
  groupId: string;
  period: string;
  lineCode: string;
  category: LineCategory;
  charge: Money;
  parts: RatedPart[];
  /** Paid from the prepaid balance (the rest, if any, is billed). */
  paidFromBalance?: Money;
  catalogVersion: number;
  ratedAt: string;
}

/** Totals of one line code in the period. */
export interface LineTotal {
  category: LineCategory;
  quantity: number;
  amount: number;
  records: number;
}

/** A number's usage of one period inside one group. */
export interface PeriodUsage {
  tenantId: string;
  msisdn: string;
  groupId: string;
  period: string;
  currency: string;
  /** Raw units used per allowance key (`voice`, `sms`, `data`, `pack:<code>`). */
  used: Record<string, number>;
  packsStarted: string[];
  packStarts: PackStart[];
  charges: ChargesByCategory;
  lines: Record<string, LineTotal>;
  /** Usage charges of the period (minor units): what the ceilings apply to. */
  spend: number;
  /** Of `spend`, what a prepaid balance paid. */
  paidFromBalance: number;
  records: number;
  warnedAt?: string;
  bar?: Bar;
  /** 0 before the first write. */
  version: number;
  updatedAt?: string;
}

export const emptyPeriodUsage = (
  tenantId: string,
  msisdn: string,
  groupId: string,
  period: string,
  currency: string,
): PeriodUsage => ({
  tenantId,
  msisdn,
  groupId,
  period,
  currency,
  used: {},
  packsStarted: [],
  packStarts: [],
  charges: {},
  lines: {},
  spend: 0,
  paidFromBalance: 0,
  records: 0,
  version: 0,
});

export interface RejectedRecord {
  recordId: string;
  reason: RejectionReason;
  detail: string;
  receivedAt: string;
  /** What was sent, as far as it could be read. */
  record: unknown;
}

/** Another writer got there first: the number's period usage moved on, or the record exists. */
export class UsageConflict extends Error {
  constructor(
    readonly kind: 'stale' | 'duplicate' | 'funds',
    readonly recordId?: string,
  ) {
    super(`usage write refused: ${kind}${recordId ? ` (${recordId})` : ''}`);
    this.name = 'UsageConflict';
  }
}

export interface UsageRepository {
  /** Which of these record ids were rated before (any time). */
  knownRecords(tenantId: string, recordIds: readonly string[]): Promise<Set<string>>;
  periodUsage(
    tenantId: string,
    msisdn: string,
    period: string,
    groupId: string,
  ): Promise<PeriodUsage | undefined>;
  /** The same read, as a part of a batch read. */
  periodUsageRead(
    tenantId: string,
    msisdn: string,
    period: string,
    groupId: string,
  ): ReadPart<PeriodUsage | undefined>;
  /**
   * One all-or-nothing write: the rated records (each only if new), the period usage (if still at
   * `before.version`), and the parts other areas contribute (a prepaid payment, events).
   * Throws `UsageConflict` and writes nothing when a condition fails.
   */
  writeRated(p: {
    records: readonly RatedRecord[];
    usage: PeriodUsage;
    expectedVersion: number;
    /** An extra SIM's primary: the units its records took from the primary's allowance. */
    primaryUsage?: { usage: PeriodUsage; expectedVersion: number };
    parts: TransactionPart;
    events: readonly DomainEvent[];
    at: Date;
    correlationId?: string;
  }): Promise<void>;
  /** The bar set or lifted (and its event) when the period usage is still at `expectedVersion`. */
  writeSpendingState(p: {
    usage: PeriodUsage;
    expectedVersion: number;
    events: readonly DomainEvent[];
    at: Date;
    correlationId?: string;
  }): Promise<void>;
  keepRejected(tenantId: string, rejected: readonly RejectedRecord[]): Promise<void>;
  listRecords(
    tenantId: string,
    msisdn: string,
    period: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<RatedRecord>>;
  /** The records rejected on one day (UTC, by when they arrived), one page across the day's shards. */
  listRejected(tenantId: string, day: string, limit: number, cursor?: string): Promise<Page<RejectedRecord>>;
  /** The numbers barred in a period (their period usage), one page. */
  listBarred(tenantId: string, period: string, limit: number, cursor?: string): Promise<Page<PeriodUsage>>;
}

/** What rating, spending control and the usage view read and write. */
export interface UsageDeps {
  usage: UsageRepository;
  groups: GroupRepository;
  catalogs: Pick<CatalogRepository, 'current'>;
  limits: CreditLimitReader;
  payments: UsagePayments;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  clock: Clock;
  /** Runs the read parts of several areas as one batch read. */
  readTogether: <const P extends readonly ReadPart<unknown>[]>(parts: P) => Promise<ReadResults<P>>;
}

/** The SMS of spending control (warning, bar, bar lifted), once per event. */
export interface SpendingNoticeDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}

/** A command the operator's network applies: bar or restore a number's outgoing services. */
export interface NetworkCommand {
  tenantId: string;
  msisdn: string;
  action: 'bar-outgoing' | 'restore-outgoing';
  reason: string;
  /** The event that asked for it: a command delivered twice is applied once. */
  eventId: string;
  at: string;
}

/** The operator's network provisioning. */
export interface NetworkProvisioning {
  apply(command: NetworkCommand): Promise<void>;
}
