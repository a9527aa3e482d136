import type { TenantWriter } from '../catalog/ports.ts';
import type { Page } from '../db/pagination.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Tenant } from '../kernel/tenant.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(limit: number, cursor?: string): Promise<Page<Tenant>>;
}

export interface TenantDeps {
  tenants: TenantRepository;
  writer: TenantWriter;
  clock: Clock;
}
