import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { currentCatalog } from '#shared/use-cases/catalog.ts';
import { getCatalog as route } from './routes/catalog.ts';

export const handler = apiHandler(route, async ({ principal }) => {
  const current = await currentCatalog({ catalogs: dynamoCatalogRepository }, principal.tenantId);
  return ok(current, { etag: `"${current.version}"` });
});
