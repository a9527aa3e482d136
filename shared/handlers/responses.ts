import * as z from 'zod';
import { PAGE_SIZE } from '#shared/db/pagination.ts';
import type { ResponseSpec } from '#shared/handlers/route.ts';

/** Responses every authenticated route can give; listed once, added to each route's document. */
export const problemResponses = (...statuses: number[]): Record<number, ResponseSpec> =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem', contentType: 'application/problem+json' },
    ]),
  );

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names every bad field',
  401: 'Missing, expired or tampered token',
  403: 'The role may not do this',
  404: 'Not found (or not visible to this principal)',
  409: 'Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed',
  413: 'Body too large',
  422: 'A business rule refuses the request',
  429: 'Too many attempts; `Retry-After` says when to try again',
};

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).default(PAGE_SIZE.default),
  cursor: z.string().min(1).max(2048).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
