/**
 * Everything that checks content, in one module the store loads on demand (a chunk of its own in the
 * built library): zod/mini, the manifest schema and dataset validation. Content is validated when it is
 * written to the device copy, not when it is read, so a reader whose copy is current renders without
 * downloading or running any of this; the store starts loading it beside the manifest request.
 */
import * as z from 'zod/mini';
import { ContentError } from './errors.js';
import { formatPath } from '../internal/json-path.js';
import { describeIssue, type ContentProblem } from './problems.js';
import { manifestSchema, type Manifest } from './schema/manifest.js';

export { droppedProblems, keepPreviousRecords, validateDataset, validateDatasetSteps } from './validate.js';

/** The manifest `json` read from `url` for `dataset`, checked; throws a ContentError (`invalid`) listing every problem. */
export function parseManifest(json: unknown, dataset: string, url: string): Manifest {
  const result = z.safeParse(manifestSchema, json, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ dataset: 'manifest', path: formatPath(issue.path), message: describeIssue(issue) }));
  throw new ContentError('invalid', `${dataset}: the manifest ${url} is invalid: ${summarise(problems)}`, { dataset, url, problems });
}

/** The first five problems, in one line. */
export function summarise(problems: readonly ContentProblem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `${problem.path}: ${problem.message}`);
  if (problems.length > 5) shown.push(`and ${problems.length - 5} more`);
  return shown.join('; ');
}
