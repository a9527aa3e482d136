import type { CatalogRepository } from '../catalog/ports.ts';
import type { Page } from '../db/pagination.ts';
import type { TransactionPart } from '../db/transactions.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(limit: number, cursor?: string): Promise<Page<Tenant>>;
  /** The tenant with `alongside` (its first catalog) in one transaction; Conflict if the id is taken. */
  create(tenant: Tenant, alongside: TransactionPart): Promise<void>;
}

export interface TenantDeps {
  tenants: TenantRepository;
  catalogs: Pick<CatalogRepository, 'firstVersion'>;
  clock: Clock;
}
