import { containerCache } from '../db/container-cache.ts';
import { dynamoStaffRepository } from './dynamo-staff.ts';

/**
 * A staff member by `<tenantId>#<staffId>`, read on every request of a staff member's token and
 * cached per container like the tenant: a disabled member's tokens are refused everywhere within
 * TENANT_CACHE_SECONDS (default 60 s).
 */
export const cachedStaffMember = containerCache((key: string) => {
  const [tenantId, staffId] = key.split('#') as [string, string];
  return dynamoStaffRepository.get(tenantId, staffId);
});
