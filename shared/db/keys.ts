/**
 * What every key of the single table shares: the key shape, zero padding and the tenant prefix
 * (`T#<tenantId>`) that every tenant-owned key starts with, so no access pattern can reach another
 * tenant's items by construction. Each area builds its own keys in its `keys.ts`;
 * `docs/data-model.md` lists every access pattern with its keys.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** Width of zero-padded counters in sort keys (versions, sequence numbers). */
const PAD = 9;
export const pad = (n: number): string => String(n).padStart(PAD, '0');

export const tenantPrefix = (tenantId: string): string => `T#${tenantId}`;

export const outboxKeys = {
  /** One partition per event: writes spread evenly; the stream carries it to the bus. */
  event: (tenantId: string, eventId: string): Key => ({
    pk: `${tenantPrefix(tenantId)}#EVT#${eventId}`,
    sk: 'EVT',
  }),
};
