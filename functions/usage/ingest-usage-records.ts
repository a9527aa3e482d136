import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { ingestUsage } from '#shared/usage/use-cases/ingest-usage.ts';
import { usageDeps } from '#wiring';
import { ingestUsageRecords as route } from './routes/ingest-usage-records.ts';

export const handler = apiHandler(route, async ({ principal, tenant, correlationId, body }) =>
  ok(await ingestUsage(usageDeps, { principal, tenant, correlationId }, body.records)),
);
