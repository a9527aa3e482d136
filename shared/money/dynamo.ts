import { CreditTransferred } from '../../events/credit-transferred.ts';
import { tableName } from '../db/client.ts';
import { getItem, getItems, keyId, queryPage } from '../db/items.ts';
import { type DomainEvent, outboxPut } from '../db/outbox.ts';
import {
  runTransaction,
  type TransactItem,
  TransactionRefused,
  untagged,
  type Write,
} from '../db/transactions.ts';
import { groupKeys, numberKeys } from '../groups/keys.ts';
import type { CreditSettlement } from '../groups/ports.ts';
import type { CausedBy } from '../kernel/actor.ts';
import { billingPeriod } from '../kernel/calendar.ts';
import { newId } from '../kernel/ids.ts';
import type { Money } from '../kernel/money.ts';
import { toPathForm } from '../kernel/phone.ts';
import { type LedgerEntry, transferEntries } from './domain.ts';
import { balanceKeys, ledgerKeys, operationKeys, transferKeys } from './keys.ts';
import type { MoneyRepository, OperationGuard, RefusalTag, UsagePayments } from './ports.ts';
import { MoneyRefused } from './ports.ts';

/**
 * Balances, the ledger, transfers and operation guards in the single table (keys in `keys.ts`,
 * section "Money"). Every command is ONE TransactWriteItems carrying the balance change(s), the
 * ledger entries that describe them, the outbox event(s) and the conditions that protect the
 * invariants (enough credit, the actor is the group's admin, both numbers are active members,
 * the day's transfer total, the command not applied before). A failed condition is reported as
 * a `MoneyRefused` naming which one failed (and the item as it was), never retried; contention
 * (`TransactionConflict`) is retried with jittered backoff.
 */

/** A money write, with the tag its condition failure is reported under. */
export type Tagged = Write<RefusalTag>;

// ----- items -------------------------------------------------------------------------------------

/** Guards live 35 days: far beyond any client retry, and beyond the idempotency record's 48 h. */
const GUARD_RETENTION_SECONDS = 35 * 24 * 3600;
/** A day counter is needed on its day only; kept a few days for support. */
const DAY_COUNTER_RETENTION_SECONDS = 8 * 24 * 3600;

const epoch = (at: Date) => Math.floor(at.getTime() / 1000);
const digitsOf = toPathForm;

export function guardPut(tenantId: string, g: OperationGuard, at: Date): Tagged {
  return {
    tag: 'replay',
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...operationKeys.guard(tenantId, g.opHash),
          entity: 'OperationGuard',
          ...g,
          expiresAt: epoch(at) + GUARD_RETENTION_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
  };
}

/**
 * The actor is the group's current administrator (and, unless `requireActive` is false, the group
 * is active: a suspended group may still pay and top up, but moves no credit).
 */
export function adminCheck(
  tenantId: string,
  groupId: string,
  adminMsisdn: string,
  opts = { requireActive: true },
): Tagged {
  return {
    tag: 'admin',
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: groupKeys.profile(tenantId, groupId),
        ConditionExpression: opts.requireActive
          ? 'adminMsisdn = :actor AND #status = :active'
          : 'adminMsisdn = :actor',
        ...(opts.requireActive ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ExpressionAttributeValues: {
          ':actor': adminMsisdn,
          ...(opts.requireActive ? { ':active': 'active' } : {}),
        },
      },
    },
  };
}

/** The number is an active member of the group (its ownership item, groups area). */
export function memberCheck(tenantId: string, groupId: string, msisdn: string): Tagged {
  return {
    tag: 'member',
    subject: msisdn,
    item: {
      ConditionCheck: {
        TableName: tableName(),
        Key: numberKeys.ownership(tenantId, digitsOf(msisdn)),
        ConditionExpression: 'groupId = :g AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':g': groupId, ':active': 'active' },
      },
    },
  };
}

/** Takes `amount` from the balance; refused (with the balance as it was) when it would go below zero. */
export function debit(tenantId: string, msisdn: string, amount: Money, at: Date): Tagged {
  return {
    tag: 'funds',
    subject: msisdn,
    item: {
      Update: {
        TableName: tableName(),
        Key: balanceKeys.balance(tenantId, digitsOf(msisdn)),
        UpdateExpression: 'SET balance = balance - :amt, updatedAt = :now ADD version :one',
        ConditionExpression: 'balance >= :amt AND currency = :cur',
        ExpressionAttributeValues: {
          ':amt': amount.amount,
          ':cur': amount.currency,
          ':now': at.toISOString(),
          ':one': 1,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
  };
}

/** Adds `amount` to the balance, creating it at zero on first use. */
export function credit(tenantId: string, msisdn: string, amount: Money, at: Date): Tagged {
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: balanceKeys.balance(tenantId, digitsOf(msisdn)),
        UpdateExpression:
          'SET balance = if_not_exists(balance, :zero) + :amt, currency = if_not_exists(currency, :cur), ' +
          'msisdn = :m, tenantId = :t, entity = :e, updatedAt = :now ADD version :one',
        ConditionExpression: 'attribute_not_exists(currency) OR currency = :cur',
        ExpressionAttributeValues: {
          ':zero': 0,
          ':amt': amount.amount,
          ':cur': amount.currency,
          ':m': msisdn,
          ':t': tenantId,
          ':e': 'Balance',
          ':now': at.toISOString(),
          ':one': 1,
        },
      },
    },
  };
}

export function ledgerPut(e: LedgerEntry): Tagged {
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: {
          ...ledgerKeys.entry(e.tenantId, digitsOf(e.msisdn), e.groupId, e.entryId),
          ...ledgerKeys.statementEntry(e.tenantId, e.groupId, e.period, e.entryId),
          entity: 'LedgerEntry',
          ...e,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

export function eventPuts(
  tenantId: string,
  events: DomainEvent[],
  at: Date,
  correlationId?: string,
): Tagged[] {
  return events.map((e) => ({ item: outboxPut(e.contract, tenantId, e.data as never, at, correlationId) }));
}

/** The group's running total of the day, refused when it already exceeds `maxTotalBefore`. */
export function dayCounterAdd(
  tenantId: string,
  groupId: string,
  day: string,
  amount: number,
  maxTotalBefore: number,
  at: Date,
): Tagged {
  return {
    tag: 'day-limit',
    item: {
      Update: {
        TableName: tableName(),
        Key: transferKeys.dayCounter(tenantId, groupId, day),
        UpdateExpression:
          'SET #total = if_not_exists(#total, :zero) + :amt, #count = if_not_exists(#count, :zero) + :one, ' +
          'entity = :e, expiresAt = :exp',
        ConditionExpression: 'attribute_not_exists(#total) OR #total <= :room',
        ExpressionAttributeNames: { '#total': 'total', '#count': 'transfers' },
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':amt': amount,
          ':room': maxTotalBefore,
          ':e': 'TransferDayCounter',
          ':exp': epoch(at) + DAY_COUNTER_RETENTION_SECONDS,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
  };
}

// ----- the transaction -----------------------------------------------------------------------

/** Failures are reported in this order when several conditions fail at once. */
const PRIORITY: RefusalTag[] = [
  'replay',
  'payment-exists',
  'state',
  'voucher',
  'batch',
  'admin',
  'member',
  'funds',
  'day-limit',
];

/**
 * Sends one money transaction through the one runner; a failed condition becomes `MoneyRefused`
 * for the highest-priority failed write. An untagged failure is a programming error and stays one.
 */
export async function commit(tagged: Tagged[]): Promise<void> {
  try {
    await runTransaction(tagged, PRIORITY);
  } catch (e) {
    if (e instanceof TransactionRefused && e.tag) throw new MoneyRefused(e.tag, e.item, e.subject);
    throw e;
  }
}

// ----- reads -----------------------------------------------------------------------------------

// ----- the repository --------------------------------------------------------------------------

/**
 * The remaining credit of a number that leaves its group, returned to the group's administrator
 * inside the removal's own transaction: an exact debit (`balance = :amt`, so a concurrent movement
 * fails the removal instead of leaving credit behind), the admin's credit, both ledger entries and
 * the `CreditTransferred` event. Nothing stays on a released number, so a later holder of the
 * number (a port-in) can never see the previous holder's credit.
 */
export function returnCreditItems(a: {
  tenantId: string;
  groupId: string;
  from: string;
  adminMsisdn: string;
  amount: Money;
  at: Date;
  timeZone: string;
  causedBy: CausedBy;
  correlationId?: string;
}): TransactItem[] {
  const transferId = newId();
  const note = 'Credit of a terminated number, returned to the administrator';
  const entries = transferEntries({
    transferId,
    tenantId: a.tenantId,
    groupId: a.groupId,
    from: a.from,
    to: a.adminMsisdn,
    amount: a.amount,
    note,
    at: a.at,
    timeZone: a.timeZone,
    causedBy: a.causedBy,
    ...(a.correlationId ? { correlationId: a.correlationId } : {}),
    ids: [newId(), newId()],
  });
  const exactDebit = debit(a.tenantId, a.from, a.amount, a.at).item;
  exactDebit.Update!.ConditionExpression = 'balance = :amt AND currency = :cur';
  return [
    exactDebit,
    credit(a.tenantId, a.adminMsisdn, a.amount, a.at).item,
    ...entries.map((e) => ledgerPut(e).item),
    outboxPut(
      CreditTransferred,
      a.tenantId,
      {
        transferId,
        groupId: a.groupId,
        from: a.from,
        to: a.adminMsisdn,
        direction: 'member-to-admin',
        amount: a.amount,
        note,
        member: a.from,
      },
      a.at,
      a.correlationId,
    ),
  ];
}

export const dynamoMoneyRepository: MoneyRepository = {
  getGuard: (tenantId, opHash) => getItem<OperationGuard>(operationKeys.guard(tenantId, opHash)),

  async getBalance(tenantId, msisdn) {
    const owner = numberKeys.ownership(tenantId, digitsOf(msisdn));
    const bal = balanceKeys.balance(tenantId, digitsOf(msisdn));
    const items = await getItems([owner, bal]);
    const o = items.get(keyId(owner));
    const b = items.get(keyId(bal));
    return {
      balance: b ? { amount: b.balance as number, currency: b.currency as string } : undefined,
      ...(b?.updatedAt ? { updatedAt: b.updatedAt as string } : {}),
      ...(o ? { owner: { groupId: o.groupId as string, status: o.status as string } } : {}),
    };
  },

  listLedger: (tenantId, msisdn, groupId, limit, cursor) =>
    queryPage<LedgerEntry>(
      {
        partition: ['pk', ledgerKeys.numberPartition(tenantId, digitsOf(msisdn))],
        skPrefix: ledgerKeys.numberGroupPrefix(groupId),
        newestFirst: true,
      },
      limit,
      cursor,
    ),

  statement: (tenantId, groupId, period, limit, cursor) =>
    queryPage<LedgerEntry>(
      { index: 'gsi1', partition: ['gsi1pk', ledgerKeys.statementPartition(tenantId, groupId, period)] },
      limit,
      cursor,
    ),

  async transfer(w) {
    await commit([
      guardPut(w.tenantId, w.guard, w.at),
      adminCheck(w.tenantId, w.groupId, w.actor),
      memberCheck(w.tenantId, w.groupId, w.from),
      memberCheck(w.tenantId, w.groupId, w.to),
      debit(w.tenantId, w.from, w.amount, w.at),
      credit(w.tenantId, w.to, w.amount, w.at),
      dayCounterAdd(w.tenantId, w.groupId, w.day.day, w.amount.amount, w.day.maxTotalBefore, w.at),
      ...w.entries.map(ledgerPut),
      ...eventPuts(w.tenantId, w.events, w.at, w.correlationId),
    ]);
  },
};

// ----- notifications sent --------------------------------------------------------------------------

/**
 * The money side of a number leaving its group (the groups area's `CreditSettlement` port): reads
 * the balance and, when there is credit, contributes the writes of `returnCreditItems`.
 */
export const creditSettlement: CreditSettlement = {
  async settle(s) {
    const { balance } = await dynamoMoneyRepository.getBalance(s.tenantId, s.from);
    if (!balance || !(balance.amount > 0)) return { writes: [] };
    return { returned: balance, writes: untagged(returnCreditItems({ ...s, amount: balance })) };
  },
};

/** Prepaid usage paid from the balance: an exact-enough debit (`balance >= :amt`) and its ledger entry. */
export const usagePayments: UsagePayments = {
  async balanceOf(tenantId, msisdn) {
    return (await dynamoMoneyRepository.getBalance(tenantId, msisdn)).balance;
  },
  balanceRead(tenantId, msisdn) {
    const key = balanceKeys.balance(tenantId, digitsOf(msisdn));
    return {
      keys: [key],
      read: (found) => {
        const b = found.get(keyId(key));
        return b ? { amount: b.balance as number, currency: b.currency as string } : undefined;
      },
    };
  },
  payFromBalance(p) {
    const entry: LedgerEntry = {
      entryId: p.chargeId,
      tenantId: p.tenantId,
      groupId: p.groupId,
      msisdn: p.msisdn,
      kind: 'usage',
      amount: { amount: -p.amount.amount, currency: p.amount.currency },
      reference: { type: 'usage', id: p.chargeId },
      note: p.note,
      at: p.at.toISOString(),
      period: billingPeriod(p.at, p.timeZone),
      causedBy: p.causedBy,
      ...(p.correlationId ? { correlationId: p.correlationId } : {}),
    };
    return [debit(p.tenantId, p.msisdn, p.amount, p.at), ledgerPut(entry)];
  },
};
