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
import { isRecord } from './schema/manifest-fields.js';
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

/** A table of a top field (`places.postcodes`): a record of more than TABLE_SLICE entries, checked a slice at a time. */
interface Table {
  /** The top field, and its field holding the record when the top field is an object. */
  path: [string] | [string, string];
  /** The record's schema. */
  schema: z.ZodMiniType;
  entries: [string, unknown][];
}
const TABLE_SLICE = 64;

type Def = { type: string; innerType?: z.ZodMiniType; shape?: Record<string, z.ZodMiniType>; checks?: unknown[] };
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The tables found among `input`'s top fields (a `z.record` without checks of its own, as a top field or
 * a field of one, whose value has more than TABLE_SLICE entries), and `input` with each of them replaced by
 * `{}` for the whole-file check.
 */
function takeOutTables(definition: DatasetDefinition, input: unknown): { rest: unknown; tables: Table[] } {
  if (!isRecord(input)) return { rest: input, tables: [] };
  const tables: Table[] = [];
  const unwrap = (schema: z.ZodMiniType) => (defOf(schema).type === 'optional' ? defOf(schema).innerType! : schema);
  const isTable = (schema: z.ZodMiniType, value: unknown): value is Record<string, unknown> =>
    defOf(schema).type === 'record' && !defOf(schema).checks?.length && isRecord(value) && Object.keys(value).length > TABLE_SLICE;
  let rest: Record<string, unknown> = input;
  for (const [field, fieldSchema] of Object.entries(definition.top)) {
    const schema = unwrap(fieldSchema);
    const value = input[field];
    if (isTable(schema, value)) {
      tables.push({ path: [field], schema, entries: Object.entries(value) });
      rest = { ...rest, [field]: {} };
      continue;
    }
    const shape = defOf(schema).type === 'object' && isRecord(value) ? defOf(schema).shape : undefined;
    let inner: Record<string, unknown> | undefined;
    for (const [key, keySchema] of Object.entries(shape ?? {})) {
      const record = unwrap(keySchema);
      const entry = (value as Record<string, unknown>)[key];
      if (!isTable(record, entry)) continue;
      tables.push({ path: [field, key], schema: record, entries: Object.entries(entry) });
      inner = { ...(inner ?? (value as Record<string, unknown>)), [key]: {} };
    }
    if (inner) rest = { ...rest, [field]: inner };
  }
  return { rest, tables };
}
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
  // Large tables among the top fields (the services' places: 1,700 entries) are checked a slice at a
  // time, the rest of the file at once; a wrong entry still refuses the file.
  const { rest, tables } = takeOutTables(definition, input);
  const file = z.safeParse(schema, rest, REPORT);
  const problems = file.success ? [] : toProblems(dataset, file.error.issues, []);
  const checkedTables: [Table, Record<string, unknown>][] = [];
  for (const table of tables) {
    const checked: Record<string, unknown> = {};
    for (let start = 0; start < table.entries.length; start += TABLE_SLICE) {
      yield;
      const slice = z.safeParse(table.schema, Object.fromEntries(table.entries.slice(start, start + TABLE_SLICE)), REPORT);
      if (slice.success) Object.assign(checked, slice.data);
      else problems.push(...toProblems(dataset, slice.error.issues, table.path));
    }
    checkedTables.push([table, checked]);
  }
  if (!file.success || problems.length > 0) return { ok: false, problems };

  const parsed = file.data as Record<string, unknown>;
  for (const [table, checked] of checkedTables) {
    const [field, key] = table.path;
    if (key === undefined) parsed[field] = checked;
    else (parsed[field] as Record<string, unknown>)[key] = checked;
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (ENVELOPE_KEYS.includes(key)) continue;
    yield;
    data[key] = key in definition.collections ? value : withoutBidiControls(value);
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
