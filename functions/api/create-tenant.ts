import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoTenantRepository } from '#shared/db/tenant-repository.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { createTenant } from '#shared/use-cases/tenants.ts';
import { createTenant as route } from './routes/tenants.ts';

const deps = { tenants: dynamoTenantRepository, writer: dynamoCatalogRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ body, principal }) => {
  const tenant = await createTenant(deps, body, principal!.subject);
  return created(tenant, `/v1/tenants/${tenant.tenantId}`);
});
