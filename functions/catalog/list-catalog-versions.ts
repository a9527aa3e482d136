import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listCatalogVersions as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, query }) =>
  ok(await dynamoCatalogRepository.listVersions(principal.tenantId, query.limit, query.cursor)),
);
