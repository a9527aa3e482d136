import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listAudit } from '#shared/use-cases/groups.ts';
import { listGroupAudit as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const page = await listAudit(
    { groups: dynamoGroupRepository },
    principal,
    params.groupId,
    query.limit,
    query.cursor,
  );
  return ok(page);
});
