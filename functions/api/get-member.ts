import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { memberView } from '#shared/domain/groups.ts';
import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getMember } from '#shared/use-cases/groups-members.ts';
import { getMember as route } from './routes/groups.ts';

export const handler = apiHandler(route, async ({ principal, params }) => {
  const { member, viewer } = await getMember(
    { groups: dynamoGroupRepository },
    principal,
    params.groupId,
    params.msisdn,
  );
  return ok(memberView(member, viewer));
});
