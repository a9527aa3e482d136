import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { currentCatalog } from '#shared/catalog/use-cases/current-catalog.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getCatalog as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal }) => {
  const current = await currentCatalog({ catalogs: dynamoCatalogRepository }, principal.tenantId);
  return ok(current, { etag: `"${current.version}"` });
});
