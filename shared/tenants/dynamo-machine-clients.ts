import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { decodeCursor, encodeCursor } from '../db/pagination.ts';
import { isConditionalFailure } from '../db/transactions.ts';
import { machineClientKeys } from './keys.ts';
import type { MachineClient, MachineClientRepository } from './ports.ts';

function toClient(item: Record<string, unknown>): MachineClient {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, entity: _e, ...rest } = item;
  return rest as unknown as MachineClient;
}

export const dynamoMachineClientRepository: MachineClientRepository = {
  async get(clientId) {
    const out = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: machineClientKeys.client(clientId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? toClient(out.Item) : undefined;
  },

  async list(tenantId, limit, cursor) {
    const partition = machineClientKeys.listPartition(tenantId);
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { gsi1pk: partition }),
      }),
    );
    return { items: (out.Items ?? []).map(toClient), nextCursor: encodeCursor(out.LastEvaluatedKey) };
  },

  async create(client) {
    try {
      await db().send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...machineClientKeys.client(client.clientId),
            ...machineClientKeys.listEntry(client.tenantId, client.createdAt, client.clientId),
            entity: 'MachineClient',
            ...client,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (e) {
      // The pool makes every app client id once: a second registration is a fault, not a request.
      if (isConditionalFailure(e)) throw new Error(`machine client ${client.clientId} is registered already`);
      throw e;
    }
  },

  async revoke(tenantId, clientId, at, by) {
    try {
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: machineClientKeys.client(clientId),
          UpdateExpression: 'SET #status = :revoked, revokedAt = :at, revokedBy = :by',
          ConditionExpression: 'tenantId = :t AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':revoked': 'revoked',
            ':active': 'active',
            ':t': tenantId,
            ':at': at,
            ':by': by,
          },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionalFailure(e)) return false;
      throw e;
    }
  },
};
