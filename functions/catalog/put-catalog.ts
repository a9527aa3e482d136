import { replaceCatalog } from '#shared/catalog/use-cases/replace-catalog.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { InvalidInput } from '#shared/kernel/errors.ts';
import { catalogDeps } from '#wiring';
import { message } from '../../shared/kernel/messages.ts';
import { putCatalog as route } from './routes.ts';

function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^"?(\d+)"?$/.exec(value.trim());
  if (!m) throw InvalidInput.field('header.if-match', message('field.catalog-version'));
  return Number(m[1]);
}

export const handler = apiHandler(route, async ({ body, principal, tenant, headers }) => {
  const version = await replaceCatalog(
    catalogDeps,
    tenant,
    body,
    principal.subject,
    parseIfMatch(headers['if-match']),
  );
  return ok(version, { etag: `"${version.version}"` });
});
