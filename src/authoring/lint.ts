/**
 * Checks a set of dataset files as a maintainer wrote them and reports every problem at its place:
 * `walkins.json:42:17 $.offices[3].address.postcode: must be a Belgian postcode of four digits`.
 *
 * One implementation for `frontline-content validate` / `build` and the preview page: the JSON syntax
 * (with line and column), what the file is, the schema (through the content layer's `validateDataset`,
 * the very check the widgets make), and the checks across records (`checks.ts`). Pure: no DOM, no Node.
 */
import * as z from 'zod/mini';
import { datasetDefinition } from '../content/datasets.js';
import { describeIssue, type ContentProblem } from '../content/problems.js';
import { formatPath } from '../internal/json-path.js';
import { DATASET_NAMES, type DatasetDefinition } from '../content/schema/dataset.js';
import { authoringSchema } from '../content/schema/envelope.js';
import { droppedProblems, validateDataset } from '../content/validate.js';
import { crossChecks, type CheckOptions } from './checks.js';
import { JsonSyntaxError, locate, parseJson, type ParsedJson, type Position } from './json-source.js';

/** A file to check: the name to show in reports (a path such as `demo/content/walkins.json`) and its text. */
export interface SourceFile {
  name: string;
  text: string;
}

/** A problem with its place in a file. */
export interface LocatedProblem extends ContentProblem {
  file: string;
  line: number;
  column: number;
}

/** A file that holds a known dataset. */
export interface DatasetFile {
  file: string;
  definition: DatasetDefinition;
  /** The file's JSON as written. */
  source: Record<string, unknown>;
  parsed: ParsedJson;
  /** Whether the content layer accepts the dataset whole, with no record left out. */
  valid: boolean;
}

export interface FilesReport {
  /** Every problem, file by file in the order given, then by line and column. */
  problems: LocatedProblem[];
  /** The files that hold a dataset (the first file of each dataset). */
  datasets: DatasetFile[];
}

const KNOWN = DATASET_NAMES.join(', ');

function notADataset(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'this file is not a dataset: it holds a list [...], but a dataset file is one object {...}';
  if (typeof value !== 'object' || value === null) return 'this file is not a dataset: a dataset file is one object {...}';
  return undefined;
}

/** Checks dataset files together (references between datasets are checked when both files are given). */
export function checkFiles(files: readonly SourceFile[], options: CheckOptions): FilesReport {
  const problems: LocatedProblem[] = [];
  const datasets: DatasetFile[] = [];
  const order = new Map(files.map((file, i) => [file.name, i]));

  const at = (file: string, parsed: ParsedJson | undefined, problem: ContentProblem, position?: Position): LocatedProblem => {
    const place = position ?? (parsed ? locate(parsed, problem.path) : { line: 1, column: 1 });
    return { ...problem, file, line: place.line, column: place.column };
  };

  for (const { name: file, text } of files) {
    let parsed: ParsedJson;
    try {
      parsed = parseJson(text);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      problems.push(at(file, undefined, { dataset: '?', path: '$', message: `the file is not valid JSON: ${error.message}` }, error.position));
      continue;
    }
    for (const duplicate of parsed.duplicateKeys) {
      problems.push(
        at(
          file,
          parsed,
          {
            dataset: '?',
            path: duplicate.path,
            message: `the field "${duplicate.key}" is written twice in this object (first at line ${duplicate.first.line}, column ${duplicate.first.column}): only the last one counts, so remove one`,
          },
          duplicate.at,
        ),
      );
    }
    const value = parsed.value;
    const shape = notADataset(value);
    if (shape) {
      problems.push(at(file, parsed, { dataset: '?', path: '$', message: shape }));
      continue;
    }
    const source = value as Record<string, unknown>;
    const name = source.dataset;
    if (name === undefined) {
      problems.push(
        at(file, parsed, {
          dataset: '?',
          path: '$',
          message: `this file is not a dataset: it has no "dataset" field. A dataset file starts like { "dataset": "walkins", "updated": "2026-11-20", ... } (datasets: ${KNOWN})`,
        }),
      );
      continue;
    }
    const definition = typeof name === 'string' ? datasetDefinition(name) : undefined;
    if (!definition) {
      problems.push(at(file, parsed, { dataset: '?', path: '$.dataset', message: `${JSON.stringify(name)} is not a dataset: use one of ${KNOWN}` }));
      continue;
    }
    const earlier = datasets.find((dataset) => dataset.definition === definition);
    if (earlier) {
      problems.push(
        at(file, parsed, {
          dataset: definition.name,
          path: '$.dataset',
          message: `the ${definition.name} dataset is already in ${earlier.file}: keep one file per dataset`,
        }),
      );
      continue;
    }

    const result = validateDataset(definition, source);
    const found: ContentProblem[] = result.ok ? droppedProblems(result.dropped) : [...result.problems];
    if (!result.ok) {
      // The file is refused on its top fields; check its records too, so that every problem shows at once.
      const whole = z.safeParse(authoringSchema(definition), source, { reportInput: true });
      const collections = Object.keys(definition.collections);
      if (!whole.success) {
        for (const issue of whole.error.issues) {
          if (typeof issue.path[0] === 'string' && collections.includes(issue.path[0]) && issue.path.length > 1) {
            found.push({ dataset: definition.name, path: formatPath(issue.path), message: describeIssue(issue) });
          }
        }
      }
    }
    for (const problem of found) problems.push(at(file, parsed, problem));
    datasets.push({ file, definition, source, parsed, valid: result.ok && result.dropped.length === 0 });
  }

  // The schema's word comes first: a place it already reports is not reported twice.
  const reported = new Set(problems.map((problem) => `${problem.file}\n${problem.path}`));
  const fileOf = new Map(datasets.map((dataset) => [dataset.definition.name, dataset]));
  for (const problem of crossChecks(
    datasets.map((dataset) => ({ name: dataset.definition.name, source: dataset.source })),
    options,
  )) {
    const dataset = fileOf.get(problem.dataset as DatasetFile['definition']['name'])!;
    const key = `${dataset.file}\n${problem.path}`;
    if (reported.has(key)) continue;
    problems.push(at(dataset.file, dataset.parsed, problem));
    dataset.valid = false;
  }

  problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.column - b.column);
  return { problems, datasets };
}

/** One problem as one line: `file:line:column jsonpath: message`. */
export function formatProblem(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.path}: ${problem.message}`;
}

/**
 * The status to publish with when none is given: `example` when any record (or the support line...) is
 * marked `"example": true`, else `live`.
 */
export function inferStatus(datasets: readonly Pick<DatasetFile, 'source'>[]): 'example' | 'live' {
  const marked = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.some(marked)
      : typeof value === 'object' && value !== null
        ? (value as { example?: unknown }).example === true || Object.values(value).some(marked)
        : false;
  return datasets.some((dataset) => marked(dataset.source)) ? 'example' : 'live';
}
