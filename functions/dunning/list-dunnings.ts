import { listDunnings } from '#shared/dunning/use-cases/list-dunnings.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { dunningListDeps } from '#wiring';
import { listDunnings as route } from './routes/list-dunnings.ts';

export const handler = apiHandler(route, async ({ principal, tenant, query }) =>
  ok(await listDunnings(dunningListDeps, { principal, tenant }, query.stage, query.limit, query.cursor)),
);
