import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { db, tableName } from '../db/client.ts';
import { isConditionalFailure, type TransactItem } from '../db/transactions.ts';
import { newId } from '../kernel/ids.ts';
import type { ClaimOutcome, DeliveryLog } from './delivery.ts';
import { notificationKeys } from './keys.ts';
import type { DeliveryClaim } from './message.ts';

export const DELIVERY_ENTITY = 'NotificationSent';

/** Longer than any redelivery (EventBridge retries for up to 24 h, the stream keeps records 24 h). */
const DELIVERY_RETENTION_SECONDS = 7 * 24 * 3600;

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

interface DeliveryItem {
  /** Absent on records written before deliveries had a state: those were sent. */
  state?: 'sending' | 'sent';
  /** Epoch milliseconds. */
  leaseUntil?: number;
}

function outcomeOf(item: DeliveryItem | undefined): ClaimOutcome | undefined {
  if (!item) return undefined;
  if (item.state === 'sending') return { state: 'sending', leaseUntil: new Date(item.leaseUntil ?? 0) };
  return { state: 'sent' };
}

/** The document client does not unmarshall the item of a failed condition. */
function oldItem(error: unknown): DeliveryItem | undefined {
  const item = (error as { Item?: Record<string, AttributeValue> }).Item;
  return item ? (unmarshall(item) as DeliveryItem) : undefined;
}

const sentUpdate = (claim: DeliveryClaim, at: Date, messageId: string) => ({
  TableName: tableName(),
  Key: notificationKeys.delivery(claim.tenantId, claim.deliveryId),
  UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :m REMOVE leaseUntil',
  ConditionExpression: '#state = :sending AND #token = :token',
  ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
  ExpressionAttributeValues: {
    ':sent': 'sent',
    ':sending': 'sending',
    ':at': at.toISOString(),
    ':m': messageId,
    ':token': claim.token,
  },
});

/**
 * The write that marks a delivery sent, for a notifier that records its messages in the table
 * (the local outbox) and does both in one transaction. Its condition fails when the claim is no
 * longer this attempt's.
 */
export const markSentItem = (claim: DeliveryClaim, at: Date, messageId: string): TransactItem => ({
  Update: sentUpdate(claim, at, messageId),
});

/** Delivery records on the single table, one item per message: `T#<t>#NOTIFIED#<deliveryId>`. */
export const dynamoDeliveryLog: DeliveryLog = {
  async claim(tenantId, deliveryId, now, leaseUntil) {
    const Key = notificationKeys.delivery(tenantId, deliveryId);
    for (let attempt = 1; ; attempt++) {
      const token = newId();
      try {
        await db().send(
          new UpdateCommand({
            TableName: tableName(),
            Key,
            UpdateExpression:
              'SET entity = :e, #state = :sending, #token = :token, leaseUntil = :until, claimedAt = :now, expiresAt = :exp ADD attempts :one',
            // Nobody has it, or the attempt that had it ran out of time without sending.
            ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND leaseUntil < :nowMs)',
            ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
            ExpressionAttributeValues: {
              ':e': DELIVERY_ENTITY,
              ':sending': 'sending',
              ':token': token,
              ':until': leaseUntil.getTime(),
              ':now': now.toISOString(),
              ':nowMs': now.getTime(),
              ':exp': epoch(now) + DELIVERY_RETENTION_SECONDS,
              ':one': 1,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { state: 'claimed', claim: { tenantId, deliveryId, token, leaseUntil } };
      } catch (e) {
        if (!isConditionalFailure(e)) throw e;
        const found =
          outcomeOf(oldItem(e)) ??
          outcomeOf(
            (await db().send(new GetCommand({ TableName: tableName(), Key, ConsistentRead: true }))).Item as
              | DeliveryItem
              | undefined,
          );
        // Given up between our write and our read: claim again.
        if (found || attempt >= 3) return found ?? { state: 'sending', leaseUntil: now };
      }
    }
  },

  async markSent(claim, at, messageId) {
    try {
      await db().send(new UpdateCommand(sentUpdate(claim, at, messageId)));
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },

  async release(claim) {
    try {
      await db().send(
        new DeleteCommand({
          TableName: tableName(),
          Key: notificationKeys.delivery(claim.tenantId, claim.deliveryId),
          ConditionExpression: '#state = :sending AND #token = :token',
          ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
          ExpressionAttributeValues: { ':sending': 'sending', ':token': claim.token },
        }),
      );
    } catch (e) {
      // Already taken over by another attempt: theirs to finish.
      if (!isConditionalFailure(e)) throw e;
    }
  },
};
