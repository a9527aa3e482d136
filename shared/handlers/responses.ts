import * as z from 'zod';
import { PAGE_SIZE } from '#shared/db/pagination.ts';
import type { HeaderSpec, ResponseSpec } from '#shared/handlers/route.ts';

/** `Location` of what a 201 created (path from the API root). */
export const locationHeader = (of: string): Record<string, HeaderSpec> => ({
  Location: { description: `The path of ${of}`, schema: { type: 'string' } },
});

/** Responses every authenticated route can give; listed once, added to each route's document. */
export const problemResponses = (...statuses: number[]): Record<number, ResponseSpec> =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem',
        contentType: 'application/problem+json',
        ...(s === 409 || s === 429 || s === 503 ? { headers: RETRY_AFTER } : {}),
      },
    ]),
  );

/** Seconds to wait before sending the request again (on 429, on a 409 `request-in-progress`). */
const RETRY_AFTER: Record<string, HeaderSpec> = {
  'Retry-After': {
    description: 'Seconds to wait before sending the request again',
    schema: { type: 'string' },
  },
};

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

/** Page size in plain decimal digits only (`0x10`, `1e1`, `+5`, ` 5` are refused, not reinterpreted). */
const PageLimit = z
  .string()
  .regex(/^[0-9]{1,6}$/, `must be a whole number from 1 to ${PAGE_SIZE.max}, in decimal digits`)
  .transform(Number)
  .pipe(z.number().int().min(1).max(PAGE_SIZE.max));

export const pageQuery = z.strictObject({
  limit: PageLimit.default(PAGE_SIZE.default).describe(
    `Page size: ${PAGE_SIZE.default} when absent, at most ${PAGE_SIZE.max}`,
  ),
  cursor: z.string().min(1).max(2048).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
