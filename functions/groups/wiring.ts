import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { dynamoGroupRepository, dynamoNumberAllocator } from '#shared/groups/dynamo.ts';
import { systemClock } from '#shared/kernel/clock.ts';

/**
 * The production dependencies of the groups use cases, in one place: a handler passes them as
 * they are (tests pass fakes or the same objects). Other areas' handlers list their few
 * dependencies themselves.
 */
export const groupDeps = {
  groups: dynamoGroupRepository,
  numbers: dynamoNumberAllocator,
  catalogs: dynamoCatalogRepository,
  clock: systemClock,
};
