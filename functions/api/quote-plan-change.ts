import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/db/group-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { quotePlanChange } from '#shared/use-cases/groups-members.ts';
import { quotePlanChange as route } from './routes/groups.ts';

const deps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, query }) => {
  const actor = { principal, tenant, correlationId };
  return ok(await quotePlanChange(deps, actor, params.groupId, params.msisdn, query.plan));
});
