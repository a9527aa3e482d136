import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoTenantRepository } from '#shared/tenants/dynamo.ts';
import { createTenant } from '#shared/tenants/use-cases/create-tenant.ts';
import { createTenant as route } from './routes.ts';

const deps = { tenants: dynamoTenantRepository, catalogs: dynamoCatalogRepository, clock: systemClock };

export const handler = apiHandler(route, async ({ body, principal }) => {
  const tenant = await createTenant(deps, body, principal!.subject);
  return created(tenant, `/v1/tenants/${tenant.tenantId}`);
});
