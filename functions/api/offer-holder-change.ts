import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/db/group-repository.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { offerHolderChange } from '#shared/use-cases/groups-holder-change.ts';
import { offerHolderChange as route } from './routes/groups.ts';

const deps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, params, body }) => {
  const actor = { principal, tenant, correlationId };
  const offer = await offerHolderChange(deps, actor, params.groupId, params.msisdn, body.toGroupId);
  return created(offer, `/v1/groups/${params.groupId}/holder-changes?direction=outgoing`);
});
