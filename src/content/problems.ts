import type * as z from 'zod/mini';

/** A problem found in content: where it is (a JSON path into the file) and what is wrong, in plain words. */
export interface ContentProblem {
  /** The dataset (`walkins`), or `manifest`. */
  dataset: string;
  /** The id of the record the problem is in, when the record has a readable one. */
  id?: string;
  /** Where in the file, as a JSON path: `$.offices[3].address.postcode`. */
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

const GENERIC = 'Invalid input';
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
  record: 'an object ({...})',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  return typeof value;
}

/**
 * An issue of a zod/mini check in plain words. zod/mini carries no message texts of its own (that keeps
 * it small), so the schemas give their own where it matters and this fills in the rest. Needs the issue's
 * `input` (parse with `{ reportInput: true }`).
 */
export function describeIssue(issue: Issue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${KIND[issue.expected] ?? issue.expected})`;
      return `must be ${KIND[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must have at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    case 'invalid_key':
      // The key's own check says what a key must look like ("must be a five-digit NIS code").
      return issue.issues[0] ? `is a key that is not allowed: it ${describeIssue(issue.issues[0])}` : 'is a key that is not allowed';
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}
