import { CatalogSchema } from '../../shared/catalog/domain.ts';
import { dynamoCatalogRepository } from '../../shared/catalog/dynamo.ts';
import { replaceCatalog } from '../../shared/catalog/use-cases/replace-catalog.ts';
import { systemClock } from '../../shared/kernel/clock.ts';
import { dynamoTenantRepository } from '../../shared/tenants/dynamo.ts';
import { createTenant } from '../../shared/tenants/use-cases/create-tenant.ts';
import { demoTenants } from './seed-data.ts';

const SEEDER = 'seed';

/**
 * Writes the demo tenants through the same use cases the API uses (so the seed obeys every rule).
 * Idempotent: a tenant that exists is left as it is. Returns the ids it created.
 */
export async function seedDemoTenants(): Promise<string[]> {
  const created: string[] = [];
  for (const demo of demoTenants) {
    if (await dynamoTenantRepository.get(demo.tenant.tenantId)) continue;
    const tenant = await createTenant(
      { tenants: dynamoTenantRepository, catalogs: dynamoCatalogRepository, clock: systemClock },
      demo.tenant,
      SEEDER,
    );
    await replaceCatalog(
      { catalogs: dynamoCatalogRepository, clock: systemClock },
      tenant,
      CatalogSchema.parse(demo.catalog),
      SEEDER,
    );
    created.push(tenant.tenantId);
  }
  return created;
}
