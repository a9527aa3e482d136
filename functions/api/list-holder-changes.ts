import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listHolderChanges } from '#shared/use-cases/groups-holder-change.ts';
import { listHolderChanges as route } from './routes/groups.ts';
import { groupDeps } from './wiring.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  return ok(
    await listHolderChanges(groupDeps, principal, params.groupId, query.direction, query.limit, query.cursor),
  );
});
