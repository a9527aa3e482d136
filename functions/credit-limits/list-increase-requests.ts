import { listPendingRequests } from '#shared/credit-limits/use-cases/list-pending-requests.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { creditLimitDeps } from '#wiring';
import { listIncreaseRequests as route } from './routes/list-increase-requests.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listPendingRequests(creditLimitDeps, { principal, tenant }, query.limit, query.cursor)),
);
