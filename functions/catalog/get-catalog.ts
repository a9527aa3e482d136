import { currentCatalog } from '#shared/catalog/use-cases/current-catalog.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { catalogDeps } from '#wiring';
import { getCatalog as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal }) => {
  const current = await currentCatalog(catalogDeps, principal.tenantId);
  return ok(current, { etag: `"${current.version}"` });
});
