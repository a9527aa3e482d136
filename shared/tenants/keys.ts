import { type Key, tenantPrefix } from '../db/keys.ts';

/** Keys of the tenants area (access patterns in docs/data-model.md). */
export const tenantKeys = {
  /** The tenant's profile and settings. */
  profile: (tenantId: string): Key => ({ pk: tenantPrefix(tenantId), sk: 'TENANT' }),
  /** GSI1: every tenant, for the platform and the monthly scheduler (low write rate, small). */
  listEntry: (tenantId: string) => ({ gsi1pk: 'TENANTS', gsi1sk: tenantPrefix(tenantId) }),
  listPartition: 'TENANTS',
};
