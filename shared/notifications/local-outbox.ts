import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { decodeCursor, encodeCursor, type Page } from '../db/pagination.ts';
import { runTransaction, TransactionRefused, type Write } from '../db/transactions.ts';
import { newId } from '../kernel/ids.ts';
import { logger } from '../kernel/observability.ts';
import { markSentItem } from './dynamo.ts';
import { notificationKeys } from './keys.ts';
import {
  type Channel,
  checkMessage,
  type NotificationMessage,
  type Notifier,
  normalizeRecipient,
  type SendOptions,
} from './message.ts';

export const NOTIFICATION_ENTITY = 'Notification';

/** A message as kept in the local outbox. */
export interface OutboxMessage {
  messageId: string;
  tenantId: string;
  channel: Channel;
  /** Normalised: E.164 with `+`, or a lower-case e-mail address. */
  to: string;
  locale: string;
  subject?: string;
  text: string;
  template: string;
  sentAt: string;
  /** The delivery it belongs to (`delivery.ts`), when it was sent through one. */
  deliveryId?: string;
}

function toMessage(item: Record<string, unknown>): OutboxMessage {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, entity: _e, ...rest } = item;
  return rest as unknown as OutboxMessage;
}

/** The delivery was taken over by another attempt before this one wrote its message: nothing was sent. */
export class DeliveryTakenOver extends Error {
  override readonly name = 'DeliveryTakenOver';
}

/**
 * The local stand-in for SNS and SES: every message becomes an item in the table (readable with
 * `npm run cli -- outbox`) and one log line. A message that belongs to a delivery is written in one
 * transaction with the delivery's `sent` mark, so even a crash right after the send cannot send it
 * twice. Used by the local runtime and by tests, never on AWS.
 */
export function createLocalNotifier(clock: () => Date = () => new Date()): Notifier {
  return {
    async send(message: NotificationMessage, options?: SendOptions) {
      checkMessage(message);
      options?.signal?.throwIfAborted();
      const delivery = options?.delivery;
      const messageId = newId();
      const to = normalizeRecipient(message.channel, message.to);
      const stored: OutboxMessage = {
        messageId,
        tenantId: message.tenantId,
        channel: message.channel,
        to,
        locale: message.locale,
        ...(message.channel === 'email' && message.subject ? { subject: message.subject } : {}),
        text: message.text,
        template: message.template,
        sentAt: clock().toISOString(),
        ...(delivery ? { deliveryId: delivery.deliveryId } : {}),
      };
      const writes: Write<'message' | 'delivery'>[] = [
        {
          tag: 'message',
          item: {
            Put: {
              TableName: tableName(),
              Item: {
                ...notificationKeys.message(message.tenantId, messageId),
                ...notificationKeys.byRecipient(message.tenantId, to, messageId),
                ...notificationKeys.byTenant(message.tenantId, messageId),
                entity: NOTIFICATION_ENTITY,
                ...stored,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        },
      ];
      if (delivery) writes.push({ tag: 'delivery', item: markSentItem(delivery, clock(), messageId) });
      try {
        await runTransaction(writes, ['delivery']);
      } catch (e) {
        if (e instanceof TransactionRefused && e.tag === 'delivery') {
          throw new DeliveryTakenOver(`Delivery ${delivery?.deliveryId} is no longer this attempt's`);
        }
        throw e;
      }
      logger.info('notification', {
        tenantId: message.tenantId,
        channel: message.channel,
        to,
        locale: message.locale,
        template: message.template,
        messageId,
      });
      return { messageId, ...(delivery ? { recorded: true } : {}) };
    },
  };
}

/**
 * Reads a tenant's local outbox, newest first: every message, or those to one recipient.
 * Two named access patterns (GSI1 by recipient, GSI2 by tenant), no Scan.
 */
export async function listOutbox(query: {
  tenantId: string;
  to?: string;
  limit: number;
  cursor?: string;
}): Promise<Page<OutboxMessage>> {
  const byRecipient = query.to !== undefined;
  const channel: Channel = query.to?.includes('@') ? 'email' : 'sms';
  const partition = byRecipient
    ? notificationKeys.recipientPartition(query.tenantId, normalizeRecipient(channel, query.to!))
    : notificationKeys.tenantPartition(query.tenantId);
  const index = byRecipient ? 'gsi1' : 'gsi2';
  const pkName = byRecipient ? 'gsi1pk' : 'gsi2pk';
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${pkName} = :p`,
      ExpressionAttributeValues: { ':p': partition },
      ScanIndexForward: false,
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor, { [pkName]: partition }),
    }),
  );
  return { items: (out.Items ?? []).map(toMessage), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}
