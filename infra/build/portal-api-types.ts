/**
 * Writes the portal's API types (`web/src/api/schema.d.ts`) from the OpenAPI document the API
 * serves at `/openapi.json`, with openapi-typescript: the portal is typed from the contract, never
 * from hand-written copies. `npm run portal-api-types` after changing a route;
 * `test/unit/portal-api-types.test.ts` fails while the file differs from the contract.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { routes } from '../../functions/registry.ts';
import { buildOpenApi } from '../../shared/handlers/openapi.ts';

export const PORTAL_API_TYPES = resolve(import.meta.dirname, '../../web/src/api/schema.d.ts');

const HEADER =
  '// The API contract as types, written by `npm run portal-api-types` from /openapi.json. Do not edit.\n';

/** The text of `schema.d.ts` for the current route table. */
export async function portalApiTypes(): Promise<string> {
  const document = buildOpenApi(routes, { version: '1.0.0' });
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript takes its own document type
  const ast = await openapiTS(document as any, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(PORTAL_API_TYPES, await portalApiTypes());
  console.log(`wrote ${PORTAL_API_TYPES}`);
}
