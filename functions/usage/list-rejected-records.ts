import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listRejectedRecords } from '#shared/usage/use-cases/list-rejected-records.ts';
import { usageDeps } from '#wiring';
import { listRejectedRecords as route } from './routes/list-rejected-records.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listRejectedRecords(usageDeps, { principal, tenant }, query.date, query.limit, query.cursor)),
);
