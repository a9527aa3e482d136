import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dynamoTenantRepository } from '#shared/tenants/dynamo.ts';
import { listTenants } from '#shared/tenants/use-cases/list-tenants.ts';
import { listTenants as route } from './routes.ts';

export const handler = apiHandler(route, async ({ query }) =>
  ok(await listTenants({ tenants: dynamoTenantRepository }, query.limit, query.cursor)),
);
