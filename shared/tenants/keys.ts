import { type Key, tenantPrefix } from '../db/keys.ts';

/** Keys of the tenants area (access patterns in docs/data-model.md). */
export const tenantKeys = {
  /** The tenant's profile and settings. */
  profile: (tenantId: string): Key => ({ pk: tenantPrefix(tenantId), sk: 'TENANT' }),
  /** GSI1: every tenant, for the platform and the monthly scheduler (low write rate, small). */
  listEntry: (tenantId: string) => ({ gsi1pk: 'TENANTS', gsi1sk: tenantPrefix(tenantId) }),
  listPartition: 'TENANTS',
};

/**
 * The registry of machine clients (partner machines signing in with client credentials). A
 * machine's access token names its app client only (`client_id`), never a tenant: the client is
 * found by its id alone, and its item says the tenant. The tenant's list of its clients is on GSI1.
 */
export const machineClientKeys = {
  client: (clientId: string): Key => ({ pk: `MCLIENT#${clientId}`, sk: 'MCLIENT' }),
  listEntry: (tenantId: string, createdAt: string, clientId: string) => ({
    gsi1pk: machineClientKeys.listPartition(tenantId),
    gsi1sk: `${createdAt}#${clientId}`,
  }),
  listPartition: (tenantId: string): string => `${tenantPrefix(tenantId)}#MCLIENTS`,
};

/**
 * The operator's staff. One partition per tenant holds its members (read by id, listed oldest
 * first: a staff is tens or hundreds of people, added by hand); an address's claim makes it unique
 * in the tenant and finds the member who signs in with it.
 */
export const staffKeys = {
  member: (tenantId: string, staffId: string): Key => ({
    pk: staffKeys.partition(tenantId),
    sk: `STAFF#${staffId}`,
  }),
  partition: (tenantId: string): string => `${tenantPrefix(tenantId)}#STAFF`,
  email: (tenantId: string, email: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#STAFFEMAIL#${email}`,
    sk: 'STAFFEMAIL',
  }),
};
