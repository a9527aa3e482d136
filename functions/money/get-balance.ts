import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoMoneyRepository } from '#shared/money/dynamo.ts';
import { readBalance } from '#shared/money/use-cases/read-balance.ts';
import { getBalance as route } from './routes.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await readBalance(deps, { principal, tenant }, params.groupId, params.msisdn)),
);
