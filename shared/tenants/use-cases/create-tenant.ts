import type * as z from 'zod';
import { CatalogSchema, type PoliciesSchema } from '../../catalog/domain.ts';
import type { Tenant, TenantSettings } from '../../kernel/tenant.ts';
import type { TenantDeps } from '../ports.ts';

export interface CreateTenantInput extends TenantSettings {
  tenantId: string;
  policies?: z.input<typeof PoliciesSchema>;
}

/** Onboards an operator: its settings and version 1 of its catalog (no plans yet, its policies). */
export async function createTenant(deps: TenantDeps, input: CreateTenantInput, by: string): Promise<Tenant> {
  const { tenantId, policies, ...settings } = input;
  const now = deps.clock.now().toISOString();
  const tenant: Tenant = {
    tenantId,
    ...settings,
    locales: [...new Set(settings.locales)],
    status: 'active',
    createdAt: now,
  };
  const catalog = CatalogSchema.parse({ plans: [], policies: policies ?? {} });
  await deps.tenants.create(
    tenant,
    deps.catalogs.firstVersion(tenantId, { version: 1, catalog, createdAt: now, createdBy: by }),
  );
  return tenant;
}
