import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { listNumberLedger } from '#shared/money/use-cases/list-number-ledger.ts';
import { moneyDeps } from '#wiring';
import { listNumberLedger as route } from './routes/list-number-ledger.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await listNumberLedger(
      moneyDeps,
      { principal, tenant },
      params.groupId,
      params.msisdn,
      query.limit,
      query.cursor,
    ),
  ),
);
