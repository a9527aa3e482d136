/** The signed-in administrator's group numbers, page by page, for the forms that pick one or several of them. */
import { api, type Ok } from '../api/client.ts';
import { currentSession } from '../session.ts';
import { usePaged } from './paged.tsx';

export type GroupNumber = Ok<'listMembers'>['items'][number];

export function useGroupNumbers() {
  const groupId = currentSession()!.groupId!;
  return usePaged(
    (cursor) =>
      api.GET('/v1/groups/{groupId}/members', {
        params: { path: { groupId }, query: { cursor, limit: '200' } },
      }),
    [groupId],
  );
}

/** A number with its label, as a choice shows it. */
export const numberText = (m: GroupNumber): string => (m.label ? `${m.msisdn} (${m.label})` : m.msisdn);
