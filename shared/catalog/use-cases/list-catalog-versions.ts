import type { Page } from '../../db/pagination.ts';
import type { CatalogVersion } from '../domain.ts';
import type { CatalogDeps } from '../ports.ts';

/** Every version of the tenant's catalog ever written, newest first. */
export function listCatalogVersions(
  deps: Pick<CatalogDeps, 'catalogs'>,
  tenantId: string,
  limit: number,
  cursor?: string,
): Promise<Page<CatalogVersion>> {
  return deps.catalogs.listVersions(tenantId, limit, cursor);
}
