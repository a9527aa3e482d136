import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listTenants } from '#shared/tenants/use-cases/list-tenants.ts';
import { tenantDeps } from '#wiring';
import { listTenants as route } from './routes.ts';

export const handler = apiHandler(route, async ({ query }) =>
  ok(await listTenants(tenantDeps, query.limit, query.cursor)),
);
