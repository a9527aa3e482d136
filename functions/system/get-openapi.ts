import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { buildOpenApi } from '#shared/handlers/openapi.ts';
import { routes } from '../registry.ts';
import { getOpenApi } from './routes.ts';

let document: unknown;

export const handler = apiHandler(getOpenApi, async () => {
  document ??= buildOpenApi(routes, { version: '1.0.0' });
  return ok(document);
});
