import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoMoneyRepository } from '#shared/db/money-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { groupStatement } from '#shared/use-cases/money.ts';
import { getStatement as route } from './routes/money.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await groupStatement(
      deps,
      { principal, tenant },
      params.groupId,
      query.period,
      query.limit,
      query.cursor,
    ),
  ),
);
