import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { authorizeUsage } from '#shared/usage/use-cases/authorize-usage.ts';
import { usageDeps } from '#wiring';
import { authorizeUsage as route } from './routes/authorize-usage.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) =>
  ok(await authorizeUsage(usageDeps, { principal, tenant, correlationId }, body)),
);
