import { NotFound } from '../../kernel/errors.ts';
import { message } from '../../kernel/messages.ts';
import type { CatalogVersion } from '../domain.ts';
import type { CatalogDeps } from '../ports.ts';

export async function currentCatalog(
  deps: Pick<CatalogDeps, 'catalogs'>,
  tenantId: string,
): Promise<CatalogVersion> {
  const current = await deps.catalogs.current(tenantId);
  if (!current) throw new NotFound(message('catalog.missing'));
  return current;
}
