import { NotFound } from '../../kernel/errors.ts';
import type { CatalogVersion } from '../domain.ts';
import type { CatalogDeps } from '../ports.ts';

export async function currentCatalog(
  deps: Pick<CatalogDeps, 'catalogs'>,
  tenantId: string,
): Promise<CatalogVersion> {
  const current = await deps.catalogs.current(tenantId);
  if (!current) throw new NotFound('This tenant has no catalog.');
  return current;
}
