import type { Page } from '../../db/pagination.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import type { TenantDeps } from '../ports.ts';

export function listTenants(
  deps: Pick<TenantDeps, 'tenants'>,
  limit: number,
  cursor?: string,
): Promise<Page<Tenant>> {
  return deps.tenants.list(limit, cursor);
}
