import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, keyId, queryPage, type ReadPart, readParts, strip } from '../db/items.ts';
import { type DomainEvent, outboxPut } from '../db/outbox.ts';
import { runTransaction, type TransactionPart, TransactionRefused, type Write } from '../db/transactions.ts';
import { auditKeys, groupKeys, numberKeys } from '../groups/keys.ts';
import type { AuditEntry } from '../groups/ports.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import { money } from '../kernel/money.ts';
import { toPathForm } from '../kernel/phone.ts';
import { operationKeys } from '../money/keys.ts';
import type { OperationGuard, PaymentPurpose } from '../money/ports.ts';
import { completeDeposit } from './deposits.ts';
import {
  adjustmentsOf,
  type Deposit,
  type DepositRecord,
  dueOn,
  type IncreaseRequest,
  type NumberStanding,
  type PeriodAdjustments,
} from './domain.ts';
import { creditLimitKeys, depositRecordKeys, increaseRequestKeys } from './keys.ts';
import {
  type CreditLimitReader,
  type CreditLimitRefusalTag,
  CreditLimitRefused,
  type CreditLimitRepository,
  type DepositCompletion,
  type LimitChange,
  type NumberLimits,
} from './ports.ts';

/**
 * Deposits, increase requests and the number's adjustments in the single table (keys in
 * `keys.ts`, section "Credit limits" of docs/data-model.md). Every command is one
 * TransactWriteItems with its conditions (the command not applied before, the actor is still
 * the group's admin, the number still an active member, the request still pending, the number's
 * items still at the version read) and its events; a failed condition is reported as
 * `CreditLimitRefused` naming which one. The same writes settle a deposit inside the payment's
 * transaction when the bank reports it (`depositPayments`, money's `PaymentPurpose` port).
 */

type Tagged = Write<CreditLimitRefusalTag>;

const digitsOf = toPathForm;
const epoch = (at: Date) => Math.floor(at.getTime() / 1000);
/** Like money's guards: far beyond any client retry and the idempotency record's 48 h. */
const GUARD_RETENTION_SECONDS = 35 * 24 * 3600;

// ----- items -------------------------------------------------------------------------------------

const standingItem = (tenantId: string, s: NumberStanding) => ({
  ...creditLimitKeys.standing(tenantId, digitsOf(s.msisdn)),
  entity: 'CreditLimitStanding',
  ...s,
});

const periodItem = (tenantId: string, p: PeriodAdjustments) => ({
  ...creditLimitKeys.period(tenantId, digitsOf(p.msisdn), p.period),
  entity: 'CreditLimitPeriod',
  ...p,
});

const depositItem = (tenantId: string, d: Deposit) => ({
  ...creditLimitKeys.deposit(tenantId, digitsOf(d.msisdn), d.groupId, d.depositId),
  entity: 'CreditLimitDeposit',
  ...d,
});

const recordItem = (tenantId: string, r: DepositRecord) => ({
  ...depositRecordKeys.record(tenantId, r.groupId, r.period, r.depositId),
  entity: 'DepositRecord',
  ...r,
});

const requestItem = (tenantId: string, r: IncreaseRequest) => ({
  ...increaseRequestKeys.request(tenantId, r.requestId),
  ...(r.status === 'pending' ? increaseRequestKeys.pendingEntry(tenantId, r.requestId) : {}),
  ...increaseRequestKeys.numberEntry(tenantId, r.groupId, digitsOf(r.msisdn), r.requestId),
  entity: 'CreditLimitRequest',
  ...r,
});

// ----- writes ------------------------------------------------------------------------------------

function put<Tag extends string>(
  item: Record<string, unknown>,
  condition: string,
  tag?: Tag,
  values?: Record<string, unknown>,
  names?: Record<string, string>,
): Write<Tag> {
  return {
    ...(tag ? { tag } : {}),
    item: {
      Put: {
        TableName: tableName(),
        Item: item,
        ConditionExpression: condition,
        ...(values ? { ExpressionAttributeValues: values } : {}),
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ...(tag ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
      },
    },
  };
}

/** The number's standing or a period's adjustments, in place of the stored item iff it is still at the version read. */
function limitChange<Tag extends string>(tenantId: string, c: LimitChange, tag: Tag): Write<Tag> {
  const item = c.item === 'standing' ? standingItem(tenantId, c.next) : periodItem(tenantId, c.next);
  return c.expectedVersion === undefined
    ? put(item, 'attribute_not_exists(pk)', tag)
    : put(item, 'version = :v', tag, { ':v': c.expectedVersion });
}

function guardPut(tenantId: string, g: OperationGuard, at: Date): Tagged {
  return put(
    {
      ...operationKeys.guard(tenantId, g.opHash),
      entity: 'OperationGuard',
      ...g,
      expiresAt: epoch(at) + GUARD_RETENTION_SECONDS,
    },
    'attribute_not_exists(pk)',
    'replay',
  );
}

/** The actor is still the group's administrator (a suspended group may still pay a deposit). */
function adminCheck(tenantId: string, groupId: string, adminMsisdn: string): Tagged {
  return {
    tag: 'admin',
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: groupKeys.profile(tenantId, groupId),
        ConditionExpression: 'adminMsisdn = :actor',
        ExpressionAttributeValues: { ':actor': adminMsisdn },
      },
    },
  };
}

/** The number is an active member of the group (its ownership item, groups area). */
function memberCheck<Tag extends string>(tenantId: string, groupId: string, msisdn: string, tag: Tag) {
  return {
    tag,
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: numberKeys.ownership(tenantId, digitsOf(msisdn)),
        ConditionExpression: 'groupId = :g AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':g': groupId, ':active': 'active' },
      },
    },
  } satisfies Write<Tag>;
}

const eventPut = (tenantId: string, e: DomainEvent, at: Date, correlationId?: string): Tagged => ({
  item: outboxPut(e.contract, tenantId, e.data as never, at, correlationId),
});

const auditPut = (tenantId: string, a: AuditEntry): Tagged =>
  put(
    { ...auditKeys.entry(tenantId, a.groupId, a.entryId), entity: 'AuditEntry', tenantId, ...a },
    'attribute_not_exists(pk)',
  );

/**
 * A paid deposit: the deposit completed (a new one, or the pending one iff still pending), its
 * period raised, its record for the invoice, `CreditLimitChanged`.
 */
function completionWrites<Tag extends string>(
  tenantId: string,
  c: DepositCompletion,
  deposit: { was: 'new' } | { was: 'pending'; tag: Tag },
  limitTag: Tag,
  at: Date,
  correlationId?: string,
): Write<Tag>[] {
  const item = depositItem(tenantId, c.deposit);
  return [
    deposit.was === 'new'
      ? put<Tag>(item, 'attribute_not_exists(pk)')
      : put(item, '#status = :pending', deposit.tag, { ':pending': 'pending' }, { '#status': 'status' }),
    limitChange(tenantId, c.change, limitTag),
    put<Tag>(recordItem(tenantId, c.record), 'attribute_not_exists(pk)'),
    { item: outboxPut(c.event.contract, tenantId, c.event.data as never, at, correlationId) },
  ];
}

// ----- the transaction -----------------------------------------------------------------------

/** Failures are reported in this order when several conditions fail at once. */
const PRIORITY: CreditLimitRefusalTag[] = ['replay', 'request', 'deposit', 'admin', 'member', 'limit'];

async function commit(writes: (Tagged | Write)[]): Promise<void> {
  try {
    await runTransaction(writes as Tagged[], PRIORITY);
  } catch (e) {
    if (e instanceof TransactionRefused && e.tag) throw new CreditLimitRefused(e.tag, e.item);
    throw e;
  }
}

/** Another area's part of the transaction (no refusal tags of its own). */
const joined = (part: TransactionPart): Write[] => part.map((w) => ({ item: w.item }));

// ----- reads -------------------------------------------------------------------------------------

async function listNewest<T>(
  input: { index?: 'gsi2'; partition: [string, string]; skPrefix?: string },
  limit: number,
): Promise<T[]> {
  const skAttr = input.index ? `${input.index}sk` : 'sk';
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      ...(input.index ? { IndexName: input.index } : {}),
      KeyConditionExpression: input.skPrefix ? '#p = :p AND begins_with(#s, :s)' : '#p = :p',
      ExpressionAttributeNames: { '#p': input.partition[0], ...(input.skPrefix ? { '#s': skAttr } : {}) },
      ExpressionAttributeValues: {
        ':p': input.partition[1],
        ...(input.skPrefix ? { ':s': input.skPrefix } : {}),
      },
      ScanIndexForward: false,
      Limit: limit,
      ...(input.index ? {} : { ConsistentRead: true }),
    }),
  );
  return (out.Items ?? []).map((i) => strip<T>(i));
}

// ----- the repository --------------------------------------------------------------------------

/** A number's ownership, standing and period items: one read of its partition. */
function limitsRead(tenantId: string, msisdn: string, period: string): ReadPart<NumberLimits> {
  const digits = digitsOf(msisdn);
  const owner = numberKeys.ownership(tenantId, digits);
  const standing = creditLimitKeys.standing(tenantId, digits);
  const ofPeriod = creditLimitKeys.period(tenantId, digits, period);
  return {
    keys: [owner, standing, ofPeriod],
    read: (items) => {
      const o = items.get(keyId(owner));
      const s = items.get(keyId(standing));
      const p = items.get(keyId(ofPeriod));
      return {
        ...(o ? { owner: { groupId: o.groupId as string, status: o.status as string } } : {}),
        ...(s ? { standing: strip<NumberStanding>(s) } : {}),
        ...(p ? { period: strip<PeriodAdjustments>(p) } : {}),
      } satisfies NumberLimits;
    },
  };
}

export const dynamoCreditLimitRepository: CreditLimitRepository = {
  async limitsOf(tenantId, msisdn, period) {
    return (await readParts([limitsRead(tenantId, msisdn, period)] as const))[0];
  },

  getDeposit: (tenantId, groupId, msisdn, depositId) =>
    getItem<Deposit>(creditLimitKeys.deposit(tenantId, digitsOf(msisdn), groupId, depositId)),

  listDeposits: (tenantId, groupId, msisdn, limit) =>
    listNewest<Deposit>(
      {
        partition: ['pk', creditLimitKeys.numberPartition(tenantId, digitsOf(msisdn))],
        skPrefix: creditLimitKeys.depositPrefix(groupId),
      },
      limit,
    ),

  depositsOfPeriod: (tenantId, groupId, period, limit, cursor) =>
    queryPage<DepositRecord>(
      {
        partition: ['pk', depositRecordKeys.partition(tenantId, groupId)],
        skPrefix: depositRecordKeys.periodPrefix(period),
      },
      limit,
      cursor,
    ),

  getRequest: (tenantId, requestId) =>
    getItem<IncreaseRequest>(increaseRequestKeys.request(tenantId, requestId)),

  listPending: (tenantId, limit, cursor) =>
    queryPage<IncreaseRequest>(
      { index: 'gsi1', partition: ['gsi1pk', increaseRequestKeys.pendingPartition(tenantId)] },
      limit,
      cursor,
    ),

  listRequestsOf: (tenantId, groupId, msisdn, limit) =>
    listNewest<IncreaseRequest>(
      {
        index: 'gsi2',
        partition: ['gsi2pk', increaseRequestKeys.numberPartition(tenantId, groupId, digitsOf(msisdn))],
      },
      limit,
    ),

  async createDeposit(w) {
    const d = w.deposit;
    await commit([
      guardPut(w.tenantId, w.guard, w.at),
      adminCheck(w.tenantId, d.groupId, w.admin),
      memberCheck(w.tenantId, d.groupId, d.msisdn, 'member'),
      put(depositItem(w.tenantId, d), 'attribute_not_exists(pk)'),
      ...joined(w.reference),
    ]);
  },

  async recordShopDeposit(w) {
    const d = w.completion.deposit;
    await commit([
      guardPut(w.tenantId, w.guard, w.at),
      memberCheck(w.tenantId, d.groupId, d.msisdn, 'member'),
      ...completionWrites<CreditLimitRefusalTag>(
        w.tenantId,
        w.completion,
        { was: 'new' },
        'limit',
        w.at,
        w.correlationId,
      ),
      auditPut(w.tenantId, w.audit),
    ]);
  },

  async createRequest(w) {
    const r = w.request;
    await commit([
      adminCheck(w.tenantId, r.groupId, w.admin),
      memberCheck(w.tenantId, r.groupId, r.msisdn, 'member'),
      limitChange(w.tenantId, w.standing, 'limit'),
      put(requestItem(w.tenantId, r), 'attribute_not_exists(pk)'),
      auditPut(w.tenantId, w.audit),
    ]);
  },

  async decideRequest(w) {
    const r = w.request;
    await commit([
      put(
        requestItem(w.tenantId, r),
        '#status = :pending',
        'request',
        { ':pending': 'pending' },
        {
          '#status': 'status',
        },
      ),
      ...(w.change
        ? [memberCheck(w.tenantId, r.groupId, r.msisdn, 'member'), limitChange(w.tenantId, w.change, 'limit')]
        : []),
      auditPut(w.tenantId, w.audit),
      ...w.events.map((e) => eventPut(w.tenantId, e, w.at, w.correlationId)),
    ]);
  },
};

// ----- for the usage area ----------------------------------------------------------------------

/**
 * A number's adjustments of a period for spending control: one consistent BatchGet of its
 * ownership, its standing and the period's item; zero where absent or written under a previous
 * holder. `msisdn` in E.164 (digits only are read the same).
 */
export const creditLimitReader: CreditLimitReader = {
  async adjustmentsOf(tenantId, msisdn, period, currency) {
    const limits = await dynamoCreditLimitRepository.limitsOf(tenantId, msisdn, period);
    return adjustmentsOf(limits.owner, limits.standing, limits.period, currency);
  },
  adjustmentsRead(tenantId, msisdn, period, currency) {
    const part = limitsRead(tenantId, msisdn, period);
    return {
      keys: part.keys,
      read: (found) => {
        const limits = part.read(found);
        return adjustmentsOf(limits.owner, limits.standing, limits.period, currency);
      },
    };
  },
};

// ----- for the money area: deposits paid by bank transfer ----------------------------------------

/**
 * The deposit side of a payment that quotes a deposit's reference (money's `PaymentPurpose`):
 * what is still due, and the writes that complete the deposit with what was applied, joined to
 * the payment's own transaction. A deposit that stopped being pending, or a period item that
 * changed since it was read, fails that transaction with the tag `state`: money decides the
 * payment again (a second payment for a paid deposit is all overpayment).
 */
export const depositPayments: PaymentPurpose = {
  async due(tenantId, target) {
    const d = await dynamoCreditLimitRepository.getDeposit(
      tenantId,
      target.groupId,
      target.msisdn,
      target.id,
    );
    return d ? dueOn(d) : undefined;
  },

  async settle(s) {
    const { tenantId, target } = s;
    const deposit = await dynamoCreditLimitRepository.getDeposit(
      tenantId,
      target.groupId,
      target.msisdn,
      target.id,
    );
    if (!deposit) throw new Error(`deposit ${target.id} of a payment reference is missing`);
    const period = billingPeriod(s.at, s.timeZone);
    const limits = await dynamoCreditLimitRepository.limitsOf(tenantId, target.msisdn, period);
    const completion = completeDeposit(
      deposit,
      money(s.applied.amount, s.applied.currency),
      s.at,
      s.timeZone,
      limits,
      { paymentId: s.paymentId, paidAt: s.receivedAt },
    );
    return completionWrites<'state'>(
      tenantId,
      completion,
      { was: 'pending', tag: 'state' },
      'state',
      s.at,
      s.correlationId,
    );
  },
};
