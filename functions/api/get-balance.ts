import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoMoneyRepository } from '#shared/db/money-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { readBalance } from '#shared/use-cases/money.ts';
import { getBalance as route } from './routes/money.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await readBalance(deps, { principal, tenant }, params.groupId, params.msisdn)),
);
