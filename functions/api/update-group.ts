import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/db/group-repository.ts';
import { groupView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { updateGroup } from '#shared/use-cases/groups.ts';
import { updateGroup as route } from './routes/groups.ts';

const deps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const group = await updateGroup(deps, { principal, tenant, correlationId }, params.groupId, body);
  return ok(groupView(group, 'admin'));
});
