import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/db/group-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listHolderChanges } from '#shared/use-cases/groups-holder-change.ts';
import { listHolderChanges as route } from './routes/groups.ts';

const deps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  return ok(
    await listHolderChanges(deps, principal, params.groupId, query.direction, query.limit, query.cursor),
  );
});
