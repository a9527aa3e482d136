import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/db/group-repository.ts';
import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { changePlan } from '#shared/use-cases/groups-members.ts';
import { changePlan as route } from './routes/groups.ts';

const deps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const member = await changePlan(
    deps,
    { principal, tenant, correlationId },
    params.groupId,
    params.msisdn,
    body.plan,
  );
  return ok(memberView(member, 'admin'));
});
