import { type Key, pad, tenantPrefix } from '../db/keys.ts';

/** Keys of the catalog area (access patterns in docs/data-model.md). */
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

export const planKeys = {
  /**
   * GSI2 partition of the members subscribed to a plan: set on every member item, so "does this
   * plan have subscribers?" is a one-item Query (Limit 1), never a Scan.
   */
  subscribers: (tenantId: string, planCode: string): string => `${tenantPrefix(tenantId)}#PLAN#${planCode}`,
};
