import type { Page } from '../db/pagination.ts';
import type { Tenant } from '../kernel/tenant.ts';

export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  list(limit: number, cursor?: string): Promise<Page<Tenant>>;
}
