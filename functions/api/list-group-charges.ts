import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { listCharges } from '#shared/use-cases/groups.ts';
import { listGroupCharges as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, params, query }) => {
  const page = await listCharges(
    { groups: dynamoGroupRepository },
    principal,
    params.groupId,
    query.period,
    query.limit,
    query.cursor,
  );
  return ok(page);
});
