import { listHolderChanges } from '#shared/groups/use-cases/list-holder-changes.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listHolderChanges as route } from './routes/list-holder-changes.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  return ok(
    await listHolderChanges(groupDeps, principal, params.groupId, query.direction, query.limit, query.cursor),
  );
});
