import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getUsage } from '#shared/usage/use-cases/get-usage.ts';
import { usageDeps } from '#wiring';
import { getMemberUsage as route } from './routes/get-member-usage.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(await getUsage(usageDeps, { principal, tenant }, params.groupId, params.msisdn, query.period)),
);
