import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** ULIDs for every entity: sortable by creation time, no coordination. */
export function newId(): string {
  return next();
}
