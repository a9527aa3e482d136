import type * as z from 'zod';
import type { FieldIssue } from '../kernel/errors.ts';

/** zod issues → field issues named from the request root, e.g. `body.plans.0.code`. */
export function issuesFromZod(error: z.ZodError, where: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: [...path, k].join('.'), message: 'is not a known field' }));
    }
    return [{ field: path.join('.'), message: issue.message }];
  });
}
