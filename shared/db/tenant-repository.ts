import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';
import type { Tenant } from '../domain/tenant.ts';
import { db, tableName } from './client.ts';
import { tenantKeys } from './keys.ts';
import { decodeCursor, encodeCursor, type Page } from './pagination.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(limit: number, cursor?: string): Promise<Page<Tenant>>;
}

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
};

const cache = new Map<string, { tenant: Tenant | undefined; until: number }>();

/**
 * Tenant settings are read on every request; a Lambda container keeps them for
 * TENANT_CACHE_SECONDS (default 60 s), so a settings change reaches every container within a minute.
 */
export async function cachedTenant(tenantId: string, repo: TenantRepository = dynamoTenantRepository) {
  const now = Date.now();
  const hit = cache.get(tenantId);
  if (hit && hit.until > now) return hit.tenant;
  const tenant = await repo.get(tenantId);
  cache.set(tenantId, { tenant, until: now + config().TENANT_CACHE_SECONDS * 1000 });
  return tenant;
}

export function forgetCachedTenant(tenantId: string): void {
  cache.delete(tenantId);
}
