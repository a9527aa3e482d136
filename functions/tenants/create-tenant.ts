import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { createTenant } from '#shared/tenants/use-cases/create-tenant.ts';
import { tenantDeps } from '#wiring';
import { createTenant as route } from './routes.ts';

export const handler = apiHandler(route, async ({ body, principal }) => {
  const tenant = await createTenant(tenantDeps, body, principal!.subject);
  return created(tenant, `/v1/tenants/${tenant.tenantId}`);
});
