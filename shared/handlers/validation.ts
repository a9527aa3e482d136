import type * as z from 'zod';
import { type FieldIssue, fieldIssue } from '../kernel/errors.ts';
import { type Message, type MessageCode, message, recognise } from '../kernel/messages.ts';

/**
 * zod issues → field issues named from the request root, e.g. `body.plans.0.code`, each in plain
 * language with its catalog code: a missing field "is required", a wrong type says what is
 * expected, lengths and bounds say the limit, an enum lists its values. A schema's own message
 * (`.regex(re, 'must be …')`) is kept, and translated where the catalog knows its text.
 */
export function issuesFromZod(error: z.ZodError, where: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => fieldIssue([...path, k].join('.'), message('field.unknown')));
    }
    const field = path.join('.');
    const text = ownMessage(issue) ?? plainMessage(issue);
    return [text ? fieldIssue(field, text) : { field, message: issue.message }];
  });
}

/** A message the schema wrote itself (our texts start in lower case; zod's start with a capital). */
function ownMessage(issue: z.core.$ZodIssue): Message | undefined {
  if (!/^[a-z]/.test(issue.message)) return undefined;
  return recognise(issue.message);
}

const EXPECTED: Record<string, MessageCode> = {
  string: 'field.expected-string',
  number: 'field.expected-number',
  int: 'field.expected-integer',
  bigint: 'field.expected-integer',
  boolean: 'field.expected-boolean',
  object: 'field.expected-object',
  array: 'field.expected-array',
};

const NUMERIC = new Set(['number', 'int', 'bigint']);
const LISTS = new Set(['array', 'set']);

function plainMessage(issue: z.core.$ZodIssue): Message | undefined {
  if (/^[a-z]/.test(issue.message)) return undefined; // the schema's own text, not in the catalog
  switch (issue.code) {
    case 'invalid_type':
      // zod reports the input only when asked to; its message says "received undefined" either way.
      if ('input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message))
        return message('field.required');
      return EXPECTED[issue.expected]
        ? message(EXPECTED[issue.expected]!)
        : message('field.expected-type', { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? message('field.empty') : message('field.too-short', { minimum });
      if (LISTS.has(issue.origin)) return message('field.too-few', { minimum });
      if (NUMERIC.has(issue.origin))
        return message(issue.inclusive === false ? 'field.greater-than' : 'field.at-least', { minimum });
      return undefined;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return message('field.too-long', { maximum });
      if (LISTS.has(issue.origin)) return message('field.too-many', { maximum });
      if (NUMERIC.has(issue.origin))
        return message(issue.inclusive === false ? 'field.less-than' : 'field.at-most', { maximum });
      return undefined;
    }
    case 'invalid_value':
      return message('field.one-of', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      if (issue.format === 'email') return message('field.invalid-email');
      if (issue.format === 'date') return message('field.invalid-date');
      if (issue.format === 'datetime') return message('field.invalid-datetime');
      return message('field.invalid-format');
    case 'not_multiple_of':
      return message('field.multiple-of', { divisor: Number(issue.divisor) });
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return message('field.invalid');
    default:
      return undefined;
  }
}
