import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listCatalogVersions as route } from './routes/catalog.ts';

export const handler = apiHandler(route, async ({ principal, query }) =>
  ok(await dynamoCatalogRepository.listVersions(principal.tenantId, query.limit, query.cursor)),
);
