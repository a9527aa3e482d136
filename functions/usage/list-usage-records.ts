import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listUsageRecords } from '#shared/usage/use-cases/list-usage-records.ts';
import { usageDeps } from '#wiring';
import { listUsageRecords as route } from './routes/list-usage-records.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await listUsageRecords(
      usageDeps,
      { principal, tenant },
      params.groupId,
      params.msisdn,
      query.period,
      query.limit,
      query.cursor,
    ),
  ),
);
