import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { decodeCursor, encodeCursor } from '../db/pagination.ts';
import { isConditionalFailure, runTransaction } from '../db/transactions.ts';
import { Conflict } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { Tenant } from '../kernel/tenant.ts';
import { tenantKeys } from './keys.ts';
import type { TenantRepository } from './ports.ts';

function toTenant(item: Record<string, unknown>): Tenant {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, entity: _e, ...rest } = item;
  return rest as unknown as Tenant;
}

export const dynamoTenantRepository: TenantRepository = {
  async get(tenantId) {
    const out = await db().send(
      new GetCommand({ TableName: tableName(), Key: tenantKeys.profile(tenantId), ConsistentRead: true }),
    );
    return out.Item ? toTenant(out.Item) : undefined;
  },
  async list(limit, cursor) {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': tenantKeys.listPartition },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { gsi1pk: tenantKeys.listPartition }),
      }),
    );
    return { items: (out.Items ?? []).map(toTenant), nextCursor: encodeCursor(out.LastEvaluatedKey) };
  },
  async create(tenant, alongside) {
    const profile = {
      Put: {
        TableName: tableName(),
        Item: {
          ...tenantKeys.profile(tenant.tenantId),
          ...tenantKeys.listEntry(tenant.tenantId),
          entity: 'Tenant',
          ...tenant,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    try {
      await runTransaction([{ item: profile }, ...alongside]);
    } catch (e) {
      if (isConditionalFailure(e))
        throw new Conflict(message('tenant.exists', { tenantId: tenant.tenantId }));
      throw e;
    }
  },
};
