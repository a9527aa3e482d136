import { config } from '../kernel/config.ts';

/**
 * Per-container read cache for tenant-level settings read on nearly every request (the tenant,
 * its catalog). Entries live TENANT_CACHE_SECONDS (default 60 s): a change reaches every Lambda
 * container within that time. Never used for balances or anything a command must read fresh.
 */
export function containerCache<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const entries = new Map<string, { value: T; until: number }>();
  return async (key) => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load(key);
    entries.set(key, { value, until: now + config().TENANT_CACHE_SECONDS * 1000 });
    return value;
  };
}
