import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { containerCache } from '../db/container-cache.ts';
import { decodeCursor, encodeCursor } from '../db/pagination.ts';
import { isConditionalFailure, runTransaction, untagged } from '../db/transactions.ts';
import { Conflict } from '../kernel/errors.ts';
import { message } from '../kernel/messages.ts';
import type { CatalogVersion } from './domain.ts';
import { catalogKeys, planKeys } from './keys.ts';
import type { CatalogRepository } from './ports.ts';

const toVersion = (item: Record<string, unknown>): CatalogVersion => ({
  version: item.version as number,
  catalog: item.catalog as CatalogVersion['catalog'],
  createdAt: item.createdAt as string,
  createdBy: item.createdBy as string,
});

function versionItems(tenantId: string, v: CatalogVersion) {
  const body = { entity: 'Catalog', tenantId, ...v };
  return {
    current: { ...catalogKeys.current(tenantId), ...body },
    version: { ...catalogKeys.version(tenantId, v.version), ...body, entity: 'CatalogVersion' },
  };
}

export const dynamoCatalogRepository: CatalogRepository = {
  async current(tenantId) {
    const out = await db().send(
      new GetCommand({ TableName: tableName(), Key: catalogKeys.current(tenantId), ConsistentRead: true }),
    );
    return out.Item ? toVersion(out.Item) : undefined;
  },

  async save(tenantId, next) {
    const items = versionItems(tenantId, next);
    try {
      await runTransaction(
        untagged([
          {
            Put: {
              TableName: tableName(),
              Item: items.current,
              ConditionExpression: 'version = :prev',
              ExpressionAttributeValues: { ':prev': next.version - 1 },
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: items.version,
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ]),
      );
    } catch (e) {
      if (isConditionalFailure(e)) {
        throw new Conflict(message('catalog.changed-meanwhile'));
      }
      throw e;
    }
  },

  async listVersions(tenantId, limit, cursor) {
    const pk = catalogKeys.current(tenantId).pk;
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        ExpressionAttributeValues: { ':pk': pk, ':v': catalogKeys.versionPrefix },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { pk }),
      }),
    );
    return { items: (out.Items ?? []).map(toVersion), nextCursor: encodeCursor(out.LastEvaluatedKey) };
  },

  async planHasSubscribers(tenantId, planCode) {
    const out = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :p',
        ExpressionAttributeValues: { ':p': planKeys.subscribers(tenantId, planCode) },
        Limit: 1,
        ProjectionExpression: 'pk',
      }),
    );
    return (out.Items?.length ?? 0) > 0;
  },

  firstVersion(tenantId, catalog) {
    const items = versionItems(tenantId, catalog);
    return untagged([
      {
        Put: { TableName: tableName(), Item: items.current, ConditionExpression: 'attribute_not_exists(pk)' },
      },
      {
        Put: { TableName: tableName(), Item: items.version, ConditionExpression: 'attribute_not_exists(pk)' },
      },
    ]);
  },
};

/**
 * The catalog in force, cached per container (`container-cache.ts`): for commands that only read
 * policies or prices (a transfer's limits), not for catalog writes or plan changes.
 */
export const cachedCatalogs: Pick<CatalogRepository, 'current'> = {
  current: containerCache((tenantId) => dynamoCatalogRepository.current(tenantId)),
};
