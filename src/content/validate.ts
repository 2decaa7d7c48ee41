/**
 * Validation of a dataset file against its DatasetDefinition. The envelope and the top fields are checked
 * as a whole (when they are wrong the file is refused, with the path of every problem); records are
 * checked one by one (an invalid record is dropped and reported with its id and path, the rest is kept).
 * Unknown fields (from a newer minor version) are ignored, never an error. Bidirectional embeddings,
 * overrides and isolates are taken out of every text (the elements isolate each text by its markup; left
 * in, one unclosed override turns the rest of a line around). Pure: no DOM, no network.
 */
import * as z from 'zod/mini';
import { runSteps, type Steps } from '../internal/steps.js';
import type { DatasetData, DatasetDefinition } from './schema/dataset.js';
import { fileSchema } from './schema/envelope.js';
import { idSchema } from './schema/common.js';
import { formatPath } from '../internal/json-path.js';
import { describeIssue, type ContentProblem } from './problems.js';
import { stripBidiControls } from '../internal/unicode.js';

/** `value` with bidirectional controls taken out of every string (the same object when there are none). */
function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = withoutBidiControls(item);
      changed ||= next !== item;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const next = withoutBidiControls(item);
      changed ||= next !== item;
      out[key] = next;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** A record left out of a dataset, and why. */
export interface DroppedRecord {
  /** The collection it belongs to (`offices`). */
  collection: string;
  /** Its position in the file's array. */
  index: number;
  /** Its id, when it has one. */
  id?: string;
  problems: ContentProblem[];
  /** Set when the last good version of this record (same id) was kept in its place. */
  keptPrevious?: boolean;
}

interface ValidDataset<D> {
  ok: true;
  /** The top fields and the valid records of every collection. */
  data: D;
  /** The file's `updated` date, `YYYY-MM-DD`. */
  updated: string;
  dropped: DroppedRecord[];
}

interface InvalidDataset {
  ok: false;
  /** Every problem with the envelope or the top fields. */
  problems: ContentProblem[];
}

export type DatasetValidation<D> = ValidDataset<D> | InvalidDataset;

type Issue = z.core.$ZodIssue;
const describe = describeIssue;
const REPORT = { reportInput: true } as const;

function toProblems(dataset: string, issues: readonly Issue[], prefix: PropertyKey[], id?: string): ContentProblem[] {
  return issues.map((issue) => ({
    dataset,
    ...(id === undefined ? {} : { id }),
    path: formatPath([...prefix, ...issue.path]),
    message: describe(issue),
  }));
}

const fileSchemas = new WeakMap<DatasetDefinition, ReturnType<typeof fileSchema>>();
const ENVELOPE_KEYS = ['$schema', 'dataset', 'id', 'updated'];

/** Validates a parsed dataset file. */
export function validateDataset<Def extends DatasetDefinition>(definition: Def, input: unknown): DatasetValidation<DatasetData<Def>> {
  return runSteps(validateDatasetSteps(definition, input));
}

/** {@link validateDataset} as steps: it may pause after each record (run it with `runStepsInSlices` for large files). */
export function* validateDatasetSteps<Def extends DatasetDefinition>(definition: Def, input: unknown): Steps<DatasetValidation<DatasetData<Def>>> {
  const dataset = definition.name;
  let schema = fileSchemas.get(definition);
  if (!schema) {
    schema = fileSchema(definition);
    fileSchemas.set(definition, schema);
  }
  const file = z.safeParse(schema, input, REPORT);
  if (!file.success) return { ok: false, problems: toProblems(dataset, file.error.issues, []) };

  const parsed = file.data as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!ENVELOPE_KEYS.includes(key)) data[key] = key in definition.collections ? value : withoutBidiControls(value);
  }
  const dropped: DroppedRecord[] = [];

  for (const [collection, recordSchema] of Object.entries(definition.collections)) {
    const items = parsed[collection] as unknown[];
    const kept: unknown[] = [];
    const seen = new Map<string, number>();
    for (const [index, item] of items.entries()) {
      yield;
      const at = [collection, index];
      const drop = (problems: ContentProblem[], id?: string) => dropped.push({ collection, index, ...(id === undefined ? {} : { id }), problems });
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        drop([{ dataset, path: formatPath(at), message: 'must be an object (a record with an "id")' }]);
        continue;
      }
      const rawId = (item as { id?: unknown }).id;
      const id = typeof rawId === 'string' ? rawId : undefined;
      const idCheck = z.safeParse(idSchema, rawId, REPORT);
      if (!idCheck.success) {
        const message = rawId === undefined ? 'is missing: every record needs an "id"' : describe(idCheck.error.issues[0]!);
        drop([{ dataset, ...(id === undefined ? {} : { id }), path: formatPath([...at, 'id']), message }], id);
        continue;
      }
      const first = seen.get(idCheck.data);
      if (first !== undefined) {
        const message = `the id "${idCheck.data}" is already used by ${formatPath([collection, first])}; this record is left out`;
        drop([{ dataset, id: idCheck.data, path: formatPath([...at, 'id']), message }], idCheck.data);
        continue;
      }
      const record = z.safeParse(recordSchema, item, REPORT);
      if (!record.success) {
        drop(toProblems(dataset, record.error.issues, at, idCheck.data), idCheck.data);
        continue;
      }
      seen.set(idCheck.data, index);
      kept.push(withoutBidiControls(record.data));
    }
    data[collection] = kept;
  }
  return { ok: true, data: data as DatasetData<Def>, updated: parsed.updated as string, dropped };
}

/** Every problem of the dropped records, in file order. */
export function droppedProblems(dropped: readonly DroppedRecord[]): ContentProblem[] {
  return dropped.flatMap((record) => record.problems);
}

/**
 * Nothing lost: where a record of a new version is invalid and the previous good copy has a record with
 * the same id in the same collection, keeps that previous record, at the new record's position.
 * Returns new data; marks the dropped records whose previous version was kept.
 */
export function keepPreviousRecords<D>(definition: DatasetDefinition, next: D, dropped: DroppedRecord[], previous: D | undefined): D {
  if (!previous || dropped.length === 0) return next;
  const result = { ...(next as Record<string, unknown>) };
  for (const collection of Object.keys(definition.collections)) {
    const losses = dropped.filter((record) => record.collection === collection && record.id !== undefined);
    if (losses.length === 0) continue;
    const before = ((previous as Record<string, unknown>)[collection] ?? []) as { id: string }[];
    const records = [...((result[collection] ?? []) as { id: string }[])];
    const present = new Set(records.map((record) => record.id));
    // Insert in file order so each record lands where the invalid one stood.
    const gone = dropped.filter((record) => record.collection === collection);
    for (const loss of [...losses].sort((a, b) => a.index - b.index)) {
      const old = before.find((record) => record.id === loss.id);
      if (!old || present.has(old.id)) continue;
      const missingBefore = gone.filter((record) => record.index < loss.index && !record.keptPrevious).length;
      records.splice(Math.min(loss.index - missingBefore, records.length), 0, old);
      present.add(old.id);
      loss.keptPrevious = true;
    }
    result[collection] = records;
  }
  return result as D;
}
