import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { readBalance } from '#shared/money/use-cases/read-balance.ts';
import { moneyDeps } from '#wiring';
import { getBalance as route } from './routes/get-balance.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await readBalance(moneyDeps, { principal, tenant }, params.groupId, params.msisdn)),
);
