/**
 * What changed between two versions of the content, record by record, for a reviewer: datasets added
 * or removed, top fields changed, and per collection the records added, removed and changed (matched
 * by id), each change as a field path with its old and new value. Pure: no DOM, no Node.
 */
import { datasetDefinition } from '../content/datasets.js';
import { formatPath } from '../internal/json-path.js';
import { pickText } from '../i18n/content-text.js';
import { isRecord } from '../content/schema/manifest-fields.js';

/** One field that differs: its path inside the record (or the file) and both values (`undefined`: absent). */
interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

interface RecordChange {
  id: string;
  /** A readable name of the record (its first name, title or label text), when it has one. */
  label?: string;
  fields: FieldChange[];
}

interface CollectionDiff {
  collection: string;
  added: RecordChange[];
  removed: RecordChange[];
  changed: RecordChange[];
  /** The same records, in another order. */
  reordered: boolean;
}

interface DatasetDiff {
  dataset: string;
  status: 'added' | 'removed' | 'changed' | 'same';
  /** Changes outside the collections (`updated`, `about`, `supportLine`...). */
  top: FieldChange[];
  collections: CollectionDiff[];
}

export interface ContentDiff {
  datasets: DatasetDiff[];
  /** Whether anything differs. */
  changed: boolean;
}

type Json = unknown;

/** The leaf-level differences between two JSON values (objects by key, lists by position). */
function diffValues(before: Json, after: Json, at: PropertyKey[] = [], root = '$'): FieldChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], [...at, key], root));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffValues(before[i], after[i], [...at, i], root)).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: formatPath(at, root), before, after }];
}

const LABEL_FIELDS = ['name', 'title', 'term', 'label', 'question'];

function labelOf(record: Record<string, Json>): string | undefined {
  for (const field of LABEL_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') return value;
    if (isRecord(value)) {
      const text = pickText(Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')), []);
      if (text) return text.text;
    }
  }
  return undefined;
}

function records(list: Json): Map<string, Record<string, Json>> {
  const out = new Map<string, Record<string, Json>>();
  if (Array.isArray(list)) for (const item of list) if (isRecord(item) && typeof item.id === 'string' && !out.has(item.id)) out.set(item.id, item);
  return out;
}

function entry(id: string, record: Record<string, Json>, fields: FieldChange[] = []): RecordChange {
  const label = labelOf(record);
  return { id, ...(label === undefined ? {} : { label }), fields };
}

/** The lists of records of a dataset: its collections, and for a dataset this library does not know, every list of objects with ids. */
function collectionsOf(name: string, ...sources: Json[]): string[] {
  const definition = datasetDefinition(name);
  const known = definition ? Object.keys(definition.collections) : [];
  const found = sources.flatMap((source) =>
    isRecord(source)
      ? Object.keys(source).filter(
          (key) => Array.isArray(source[key]) && (source[key] as Json[]).some((item) => isRecord(item) && typeof item.id === 'string'),
        )
      : [],
  );
  return [...new Set([...known, ...found])];
}

function diffDataset(name: string, before: Json, after: Json): DatasetDiff {
  if (before === undefined) return { dataset: name, status: 'added', top: [], collections: [] };
  if (after === undefined) return { dataset: name, status: 'removed', top: [], collections: [] };
  const collections = collectionsOf(name, before, after);
  const strip = (source: Json) => {
    if (!isRecord(source)) return source;
    const rest: Record<string, Json> = {};
    for (const [key, value] of Object.entries(source)) if (!collections.includes(key) && key !== '$schema') rest[key] = value;
    return rest;
  };
  const top = diffValues(strip(before), strip(after), [], '');
  const lists: CollectionDiff[] = [];
  for (const collection of collections) {
    const old = records(isRecord(before) ? before[collection] : undefined);
    const next = records(isRecord(after) ? after[collection] : undefined);
    const added = [...next].filter(([id]) => !old.has(id)).map(([id, record]) => entry(id, record));
    const removed = [...old].filter(([id]) => !next.has(id)).map(([id, record]) => entry(id, record));
    const changed = [...next]
      .filter(([id]) => old.has(id))
      .map(([id, record]) => entry(id, record, diffValues(old.get(id), record, [], '')))
      .filter((change) => change.fields.length > 0);
    const common = (ids: Iterable<string>, other: Map<string, unknown>) => [...ids].filter((id) => other.has(id));
    const reordered = common(old.keys(), next).join('\n') !== common(next.keys(), old).join('\n');
    if (added.length || removed.length || changed.length || reordered) lists.push({ collection, added, removed, changed, reordered });
  }
  return { dataset: name, status: top.length > 0 || lists.length > 0 ? 'changed' : 'same', top, collections: lists };
}

/** Compares two sets of datasets, by dataset name. */
export function diffContent(before: ReadonlyMap<string, Json>, after: ReadonlyMap<string, Json>): ContentDiff {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const datasets = names.map((name) => diffDataset(name, before.get(name), after.get(name)));
  return { datasets, changed: datasets.some((dataset) => dataset.status !== 'same') };
}

function show(value: unknown, width = 70): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

const fieldLine = (change: FieldChange, indent: string) => {
  const path = change.path.replace(/^\./, '');
  if (change.before === undefined) return `${indent}${path}: added ${show(change.after)}`;
  if (change.after === undefined) return `${indent}${path}: removed (was ${show(change.before)})`;
  return `${indent}${path}: ${show(change.before)} → ${show(change.after)}`;
};

const recordLine = (sign: string, record: RecordChange) => `    ${sign} ${record.id}${record.label ? `  "${record.label}"` : ''}`;

/** The diff as plain text for a reviewer. */
export function formatDiff(diff: ContentDiff): string {
  if (!diff.changed) return 'No changes.';
  const lines: string[] = [];
  for (const dataset of diff.datasets) {
    if (dataset.status === 'same') continue;
    if (dataset.status === 'added' || dataset.status === 'removed') {
      lines.push(`${dataset.dataset}: dataset ${dataset.status}`);
      continue;
    }
    const records = (list: CollectionDiff[], key: 'added' | 'removed' | 'changed') => list.reduce((n, c) => n + c[key].length, 0);
    lines.push(
      `${dataset.dataset}: ${records(dataset.collections, 'added')} added, ${records(dataset.collections, 'removed')} removed, ${records(dataset.collections, 'changed')} changed`,
    );
    for (const change of dataset.top) lines.push(fieldLine(change, '  '));
    for (const collection of dataset.collections) {
      lines.push(`  ${collection.collection}:`);
      for (const record of collection.added) lines.push(recordLine('+', record));
      for (const record of collection.removed) lines.push(recordLine('-', record));
      for (const record of collection.changed) {
        lines.push(recordLine('~', record));
        for (const change of record.fields) lines.push(fieldLine(change, '        '));
      }
      if (collection.reordered) lines.push('    (the order of the records changed)');
    }
  }
  return lines.join('\n');
}
