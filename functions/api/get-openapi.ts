import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { buildOpenApi } from '#shared/http/openapi.ts';
import { getOpenApi } from './routes/system.ts';
import { routes } from './routes.ts';

let document: unknown;

export const handler = apiHandler(getOpenApi, async () => {
  document ??= buildOpenApi(routes, { version: '1.0.0' });
  return ok(document);
});
