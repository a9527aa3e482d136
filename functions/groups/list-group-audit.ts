import { listAudit } from '#shared/groups/use-cases/list-audit.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { groupDeps } from '#wiring';
import { listGroupAudit as route } from './routes/list-group-audit.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const page = await listAudit(groupDeps, principal, params.groupId, query.limit, query.cursor);
  return ok(page);
});
