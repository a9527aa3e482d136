/**
 * Every key of the single table is built here, one section per entity, and every tenant-owned
 * key starts with the tenant (`T#<tenantId>`), so no access pattern can reach another tenant's
 * items by construction. `docs/data-model.md` lists each pattern with its keys.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** Width of zero-padded counters in sort keys (versions, sequence numbers). */
const PAD = 9;
export const pad = (n: number): string => String(n).padStart(PAD, '0');

export const tenantPrefix = (tenantId: string): string => `T#${tenantId}`;

export const tenantKeys = {
  /** The tenant's profile and settings. */
  profile: (tenantId: string): Key => ({ pk: tenantPrefix(tenantId), sk: 'TENANT' }),
  /** GSI1: every tenant, for the platform and the monthly scheduler (low write rate, small). */
  listEntry: (tenantId: string) => ({ gsi1pk: 'TENANTS', gsi1sk: tenantPrefix(tenantId) }),
  listPartition: 'TENANTS',
};

export const catalogKeys = {
  /** The catalog in force, with its version number (optimistic lock). */
  current: (tenantId: string): Key => ({ pk: `${tenantPrefix(tenantId)}#CATALOG`, sk: 'CURRENT' }),
  /** Every version ever written, immutable. */
  version: (tenantId: string, version: number): Key => ({
    pk: `${tenantPrefix(tenantId)}#CATALOG`,
    sk: `V#${pad(version)}`,
  }),
  versionPrefix: 'V#',
};

export const outboxKeys = {
  /** One partition per event: writes spread evenly; the stream carries it to the bus. */
  event: (tenantId: string, eventId: string): Key => ({ pk: `${tenantPrefix(tenantId)}#EVT#${eventId}`, sk: 'EVT' }),
};

export const notificationKeys = {
  /** Local outbox of SMS/e-mail, one item per message, listed per recipient via GSI1. */
  message: (tenantId: string, messageId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#MSG#${messageId}`,
    sk: 'MSG',
  }),
  byRecipient: (tenantId: string, recipient: string, messageId: string) => ({
    gsi1pk: `${tenantPrefix(tenantId)}#MSGTO#${recipient}`,
    gsi1sk: messageId,
  }),
};
