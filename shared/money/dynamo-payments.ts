import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, queryPage } from '../db/items.ts';
import { isConditionalFailure } from '../db/transactions.ts';
import { auditKeys } from '../groups/keys.ts';
import {
  adminCheck,
  commit,
  credit,
  eventPuts,
  guardPut,
  ledgerPut,
  memberCheck,
  type Tagged,
} from './dynamo.ts';
import { paymentKeys, topUpKeys } from './keys.ts';
import { newPaymentReference, type Payment, type PaymentSettings, type TopUp } from './payments.ts';
import type { PaymentReferences, PaymentRepository, ReferenceTarget } from './ports.ts';

/**
 * Top-ups (bank transfer, PayPal), payment references, payments received and payment settings
 * (keys in `keys.ts`, section "Money"). Commands that credit a balance are one transaction with
 * the ledger entries and events, like every money command (`money-repository.ts`).
 */

// ----- items -------------------------------------------------------------------------------------

const topUpItem = (tenantId: string, t: TopUp) => ({
  ...topUpKeys.topUp(tenantId, t.topUpId),
  entity: 'TopUp',
  tenantId,
  ...t,
});

function paymentItem(tenantId: string, p: Payment) {
  return {
    ...paymentKeys.payment(tenantId, p.paymentId),
    ...(p.status === 'unmatched' ? paymentKeys.unmatchedEntry(tenantId, p.receivedAt, p.paymentId) : {}),
    entity: 'Payment',
    tenantId,
    ...p,
  };
}

/** A payment reference and what it pays; unique (a second reservation of it fails the transaction). */
function referencePut(tenantId: string, reference: string, target: ReferenceTarget): Tagged {
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: { ...paymentKeys.reference(tenantId, reference), entity: 'PaymentReference', target },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

function paymentPut(tenantId: string, p: Payment): Tagged {
  return {
    tag: 'payment-exists',
    item: {
      Put: {
        TableName: tableName(),
        Item: paymentItem(tenantId, p),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** Sets `set` on the top-up iff its status is `expected`; a pending one becomes completed. */
function topUpTransition(
  tenantId: string,
  topUpId: string,
  expected: TopUp['status'],
  set: Partial<TopUp> | undefined,
): Tagged {
  const fields = Object.entries({
    ...(set ?? {}),
    ...(expected === 'pending' && set ? { status: 'completed' } : {}),
  });
  if (!fields.length) {
    return {
      tag: 'state',
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: topUpKeys.topUp(tenantId, topUpId),
          ConditionExpression: '#status = :expected',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':expected': expected },
        },
      },
    };
  }
  return {
    tag: 'state',
    item: {
      Update: {
        TableName: tableName(),
        Key: topUpKeys.topUp(tenantId, topUpId),
        UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
        ConditionExpression: '#status = :expected',
        ExpressionAttributeNames: {
          '#status': 'status',
          ...Object.fromEntries(fields.map(([k], i) => [`#f${i}`, k])),
        },
        ExpressionAttributeValues: {
          ':expected': expected,
          ...Object.fromEntries(fields.map(([, v], i) => [`:v${i}`, v])),
        },
      },
    },
  };
}

// ----- the repository --------------------------------------------------------------------------

export const dynamoPaymentRepository: PaymentRepository = {
  getTopUp: (tenantId, topUpId) =>
    getItem<TopUp>(topUpKeys.topUp(tenantId, topUpId)).then((t) => t && stripTenant(t)),

  async createTopUp(w) {
    const t = tableName();
    const items: Tagged[] = [
      guardPut(w.tenantId, w.guard, w.at),
      adminCheck(w.tenantId, w.topUp.groupId, w.admin, { requireActive: false }),
      memberCheck(w.tenantId, w.topUp.groupId, w.topUp.msisdn),
      {
        item: {
          Put: {
            TableName: t,
            Item: topUpItem(w.tenantId, w.topUp),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
    ];
    if (w.topUp.paymentReference) {
      items.push(
        referencePut(w.tenantId, w.topUp.paymentReference, {
          type: 'top-up',
          topUpId: w.topUp.topUpId,
          groupId: w.topUp.groupId,
          msisdn: w.topUp.msisdn,
        }),
      );
    }
    await commit(items);
  },

  async completeTopUp(w) {
    await commit([
      topUpTransition(w.tenantId, w.topUpId, 'pending', w.set),
      paymentPut(w.tenantId, w.payment),
      credit(w.tenantId, w.credit.msisdn, w.credit.amount, w.at),
      ...w.entries.map(ledgerPut),
      ...eventPuts(w.tenantId, w.events, w.at, w.correlationId),
    ]);
  },

  async declineTopUp(tenantId, topUpId, reason, at) {
    try {
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: topUpKeys.topUp(tenantId, topUpId),
          UpdateExpression: 'SET #status = :declined, declineReason = :r, completedAt = :now',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':declined': 'declined',
            ':pending': 'pending',
            ':r': reason,
            ':now': at.toISOString(),
          },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },

  async getReference(tenantId, reference) {
    const item = await getItem<{ target: ReferenceTarget }>(paymentKeys.reference(tenantId, reference));
    return item?.target;
  },

  getPayment: (tenantId, paymentId) =>
    getItem<Payment>(paymentKeys.payment(tenantId, paymentId)).then((p) => p && stripTenant(p)),

  async recordPayment(w) {
    await commit([
      paymentPut(w.tenantId, w.payment),
      ...(w.topUp ? [topUpTransition(w.tenantId, w.topUp.topUpId, w.topUp.expectedStatus, w.topUp.set)] : []),
      ...(w.purpose ?? []),
      ...(w.member ? [memberCheck(w.tenantId, w.member.groupId, w.member.msisdn)] : []),
      ...(w.credit ? [credit(w.tenantId, w.credit.msisdn, w.credit.amount, w.at)] : []),
      ...w.entries.map(ledgerPut),
      ...eventPuts(w.tenantId, w.events, w.at, w.correlationId),
    ]);
  },

  listUnmatched: (tenantId, limit, cursor) =>
    queryPage<Payment>(
      { index: 'gsi2', partition: ['gsi2pk', paymentKeys.unmatchedPartition(tenantId)] },
      limit,
      cursor,
    ).then((page) => ({ ...page, items: page.items.map(stripTenant) })),

  async assignPayment(w) {
    await commit([
      {
        tag: 'state',
        item: {
          Update: {
            TableName: tableName(),
            Key: paymentKeys.payment(w.tenantId, w.paymentId),
            UpdateExpression:
              'SET #status = :assigned, target = :target, assignedAt = :at, assignedBy = :by REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#status = :unmatched',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':assigned': 'assigned',
              ':unmatched': 'unmatched',
              ':target': w.target,
              ':at': w.assignedAt,
              ':by': w.assignedBy,
            },
          },
        },
      },
      memberCheck(w.tenantId, w.target.groupId, w.target.msisdn),
      credit(w.tenantId, w.credit.msisdn, w.credit.amount, w.at),
      ...w.entries.map(ledgerPut),
      ...eventPuts(w.tenantId, w.events, w.at, w.correlationId),
    ]);
  },

  async getSettings(tenantId, groupId) {
    const out = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: paymentKeys.settings(tenantId, groupId),
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    const { pk: _pk, sk: _sk, entity: _e, tenantId: _t, groupId: _g, ...settings } = out.Item;
    return settings as PaymentSettings;
  },

  async putSettings(w) {
    await commit([
      adminCheck(w.tenantId, w.groupId, w.admin, { requireActive: false }),
      {
        item: {
          Put: {
            TableName: tableName(),
            Item: {
              ...paymentKeys.settings(w.tenantId, w.groupId),
              entity: 'PaymentSettings',
              tenantId: w.tenantId,
              groupId: w.groupId,
              ...w.settings,
            },
          },
        },
      },
      {
        item: {
          Put: {
            TableName: tableName(),
            Item: {
              ...auditKeys.entry(w.tenantId, w.groupId, w.audit.entryId),
              entity: 'AuditEntry',
              tenantId: w.tenantId,
              ...w.audit,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
    ]);
  },
};

function stripTenant<T extends object>(item: T): T {
  const { tenantId: _t, ...rest } = item as T & { tenantId?: string };
  return rest as T;
}

/**
 * References for the purposes of other areas (`PaymentReferences`): the same namespace as top-up
 * references, so a reference names one thing only.
 */
export const paymentReferences: PaymentReferences = {
  reserve(tenantId, target) {
    const reference = newPaymentReference();
    return { reference, writes: [referencePut(tenantId, reference, target)] };
  },
  keep: (tenantId, reference, target) => [referencePut(tenantId, reference, target)],
};
