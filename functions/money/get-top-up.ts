import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getTopUp } from '#shared/money/use-cases/get-top-up.ts';
import { topUpDeps } from '#wiring';
import { getTopUp as route } from './routes/get-top-up.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await getTopUp(topUpDeps, { principal, tenant }, params.groupId, params.msisdn, params.topUpId)),
);
