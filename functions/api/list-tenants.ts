import { dynamoTenantRepository } from '#shared/db/tenant-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listTenants } from '#shared/use-cases/tenants.ts';
import { listTenants as route } from './routes/tenants.ts';

export const handler = apiHandler(route, async ({ query }) =>
  ok(await listTenants({ tenants: dynamoTenantRepository }, query.limit, query.cursor)),
);
