import { listCharges } from '#shared/groups/use-cases/list-charges.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listGroupCharges as route } from './routes/list-group-charges.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const page = await listCharges(
    groupDeps,
    principal,
    params.groupId,
    query.period,
    query.limit,
    query.cursor,
  );
  return ok(page);
});
