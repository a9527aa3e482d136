import { listCatalogVersions } from '#shared/catalog/use-cases/list-catalog-versions.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { catalogDeps } from '#wiring';
import { listCatalogVersions as route } from './routes.ts';

export const handler = apiHandler(route, async ({ principal, query }) =>
  ok(await listCatalogVersions(catalogDeps, principal.tenantId, query.limit, query.cursor)),
);
