import type { Page } from '../db/pagination.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';
import type { CatalogVersion } from './domain.ts';

export interface CatalogRepository {
  current(tenantId: string): Promise<CatalogVersion | undefined>;
  /** Writes `next` as the new current version iff the current one is still `next.version - 1`. */
  save(tenantId: string, next: CatalogVersion): Promise<void>;
  listVersions(tenantId: string, limit: number, cursor?: string): Promise<Page<CatalogVersion>>;
  planHasSubscribers(tenantId: string, planCode: string): Promise<boolean>;
}

export interface TenantWriter {
  /** The tenant and version 1 of its catalog, in one transaction; Conflict if the id is taken. */
  create(tenant: Tenant, catalog: CatalogVersion): Promise<void>;
}

export interface CatalogDeps {
  catalogs: CatalogRepository;
  clock: Clock;
}
