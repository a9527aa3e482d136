import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { getItem, queryPage, strip } from '../db/items.ts';
import { type DomainEvent, outboxPut } from '../db/outbox.ts';
import { runTransaction, TransactionRefused, type Write } from '../db/transactions.ts';
import { openerOf, type RejectedMail, type Ticket } from './domain.ts';
import { authorisedEmailKeys, mailKeys, ticketKeys } from './keys.ts';
import { type InboundOutcome, SupportRefused, type SupportRepository } from './ports.ts';

/**
 * Tickets, inbound mail and authorised addresses in the single table (keys in `keys.ts`, section
 * "Support desk" of docs/data-model.md). A ticket and the inbound record of the message that
 * opened it are one transaction, so a resend of the message finds the record and opens nothing;
 * a rejected message is kept the same way, and a proof of payment by e-mail carries the record in
 * its own transaction (`inboundRecordWrites`).
 */

type Tag = 'version' | 'message';

/** Inbound records are kept long past any mail server's retries. */
const INBOUND_RETENTION_SECONDS = 90 * 24 * 3600;
const epoch = (at: Date) => Math.floor(at.getTime() / 1000);

const ticketItem = (tenantId: string, t: Ticket) => ({
  ...ticketKeys.ticket(tenantId, t.ticketId),
  ...(t.status !== 'closed' ? ticketKeys.openEntry(tenantId, t.ticketId) : {}),
  ...(t.groupId ? ticketKeys.groupEntry(tenantId, t.groupId, openerOf(t), t.ticketId) : {}),
  entity: 'Ticket',
  ...t,
});

const inboundItem = (tenantId: string, messageId: string, outcome: InboundOutcome, at: Date) => ({
  ...mailKeys.inbound(tenantId, messageId),
  entity: 'InboundMail',
  messageId,
  ...outcome,
  receivedAt: at.toISOString(),
  expiresAt: epoch(at) + INBOUND_RETENTION_SECONDS,
});

const put = (
  Item: Record<string, unknown>,
  condition: string,
  tag?: Tag,
  values?: Record<string, unknown>,
): Write<Tag> => ({
  ...(tag ? { tag } : {}),
  item: {
    Put: {
      TableName: tableName(),
      Item,
      ...(condition ? { ConditionExpression: condition } : {}),
      ...(values ? { ExpressionAttributeValues: values } : {}),
    },
  },
});

async function commit(writes: Write<Tag>[]): Promise<void> {
  try {
    await runTransaction(writes, ['message', 'version']);
  } catch (e) {
    if (e instanceof TransactionRefused && e.tag) throw new SupportRefused(e.tag as Tag);
    throw e;
  }
}

const addressItem = (
  tenantId: string,
  groupId: string,
  address: string,
  source: 'listed' | 'billing',
  at: Date,
) => ({
  ...(source === 'listed'
    ? authorisedEmailKeys.listed(tenantId, groupId, address)
    : authorisedEmailKeys.billing(tenantId, groupId)),
  ...authorisedEmailKeys.senderEntry(tenantId, address, groupId),
  entity: 'AuthorisedEmail',
  groupId,
  address,
  source,
  updatedAt: at.toISOString(),
});

export const dynamoSupportRepository: SupportRepository = {
  getTicket: (tenantId, ticketId) => getItem<Ticket>(ticketKeys.ticket(tenantId, ticketId)),

  listGroupTickets: (tenantId, groupId, opener, limit, cursor) =>
    queryPage<Ticket>(
      {
        index: 'gsi2',
        partition: ['gsi2pk', ticketKeys.groupPartition(tenantId, groupId)],
        ...(opener ? { skPrefix: ticketKeys.openerPrefix(opener) } : {}),
      },
      limit,
      cursor,
    ),

  listOpen: (tenantId, limit, cursor) =>
    queryPage<Ticket>(
      { index: 'gsi1', partition: ['gsi1pk', ticketKeys.openPartition(tenantId)] },
      limit,
      cursor,
    ),

  async createTicket(tenantId, ticket, at) {
    await commit([
      put(ticketItem(tenantId, ticket), 'attribute_not_exists(pk)'),
      ...(ticket.messageId
        ? [
            put(
              inboundItem(tenantId, ticket.messageId, { outcome: 'ticket', ticketId: ticket.ticketId }, at),
              'attribute_not_exists(pk)',
              'message' as const,
            ),
          ]
        : []),
    ]);
  },

  async updateTicket(tenantId, next, expectedVersion, events: DomainEvent[], at, correlationId) {
    await commit([
      put(ticketItem(tenantId, next), 'version = :v', 'version', { ':v': expectedVersion }),
      ...events.map((e) => ({ item: outboxPut(e.contract, tenantId, e.data as never, at, correlationId) })),
    ]);
  },

  async inboundOutcome(tenantId, messageId) {
    const item = await getItem<InboundOutcome & { messageId: string }>(mailKeys.inbound(tenantId, messageId));
    if (!item) return undefined;
    switch (item.outcome) {
      case 'ticket':
        return { outcome: 'ticket', ticketId: item.ticketId };
      case 'payment-proof':
        return { outcome: 'payment-proof', proofId: item.proofId };
      default:
        return { outcome: 'rejected', rejectionId: item.rejectionId };
    }
  },

  inboundRecordWrites: (tenantId, messageId, outcome, at) => [
    put(inboundItem(tenantId, messageId, outcome, at), 'attribute_not_exists(pk)', 'message'),
  ],

  async recordRejection(tenantId, day, mail: RejectedMail) {
    const at = new Date(mail.receivedAt);
    await commit([
      put(
        { ...mailKeys.rejected(tenantId, day, mail.rejectionId), entity: 'RejectedMail', ...mail },
        'attribute_not_exists(pk)',
      ),
      put(
        inboundItem(tenantId, mail.messageId, { outcome: 'rejected', rejectionId: mail.rejectionId }, at),
        'attribute_not_exists(pk)',
        'message',
      ),
    ]);
  },

  listRejected: (tenantId, day, limit, cursor) =>
    queryPage<RejectedMail>(
      { partition: ['pk', mailKeys.rejectedPartition(tenantId, day)], newestFirst: true },
      limit,
      cursor,
    ),

  async authorisedEmails(tenantId, groupId) {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': authorisedEmailKeys.partition(tenantId, groupId) },
        ConsistentRead: true,
      }),
    );
    const items = (out.Items ?? []).map((i) => strip<{ address: string; source: string }>(i));
    const billing = items.find((i) => i.source === 'billing')?.address;
    return {
      listed: items.filter((i) => i.source === 'listed').map((i) => i.address),
      ...(billing ? { billing } : {}),
    };
  },

  async replaceAuthorisedEmails(tenantId, groupId, previous, next, billing, at) {
    const removed = previous.filter((a) => !next.includes(a));
    const writes: Write<Tag>[] = [
      ...removed.map((a) => ({
        item: { Delete: { TableName: tableName(), Key: authorisedEmailKeys.listed(tenantId, groupId, a) } },
      })),
      ...next.map((a) => put(addressItem(tenantId, groupId, a, 'listed', at), '')),
      put(addressItem(tenantId, groupId, billing, 'billing', at), ''),
    ];
    await commit(writes);
  },

  async indexBillingEmail(tenantId, groupId, billing, at) {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: addressItem(tenantId, groupId, billing, 'billing', at),
      }),
    );
  },

  async groupsAuthorising(tenantId, address) {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': authorisedEmailKeys.senderPartition(tenantId, address) },
        Limit: 10,
      }),
    );
    return [...new Set((out.Items ?? []).map((i) => String(i.groupId)))];
  },
};
