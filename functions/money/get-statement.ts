import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupStatement } from '#shared/money/use-cases/group-statement.ts';
import { moneyDeps } from '#wiring';
import { getStatement as route } from './routes/get-statement.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params, query }) =>
  ok(
    await groupStatement(
      moneyDeps,
      { principal, tenant },
      params.groupId,
      query.period,
      query.limit,
      query.cursor,
    ),
  ),
);
