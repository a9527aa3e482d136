import { containerCache } from '../db/container-cache.ts';
import { dynamoTenantRepository } from './dynamo.ts';

/**
 * A tenant's settings, read on every request and event, cached per container
 * (`shared/db/container-cache.ts`): the tenants area's one read for the other areas' entry points.
 */
export const cachedTenant = containerCache((tenantId: string) => dynamoTenantRepository.get(tenantId));
