import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoMoneyRepository } from '#shared/money/dynamo.ts';
import { listNumberLedger } from '#shared/money/use-cases/list-number-ledger.ts';
import { listNumberLedger as route } from './routes.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await listNumberLedger(
      deps,
      { principal, tenant },
      params.groupId,
      params.msisdn,
      query.limit,
      query.cursor,
    ),
  ),
);
