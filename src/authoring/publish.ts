/**
 * Publishing: dataset files (the authoring format) in, the published layout out, as in-memory files
 * whose paths are relative to a content base:
 *
 * ```
 * v1/manifest.json                   schemaVersion, publishedAt, status, and per dataset file, sha256, updated, locales
 * v1/<dataset>.<hash>.json           the dataset, canonical JSON, named by its SHA-256 (immutable)
 * v1/schema/<dataset>.schema.json    JSON Schema of every dataset's authoring format, for maintainers' editors
 * ```
 *
 * Pure and reproducible: no clock (publishedAt defaults to the latest `updated`), no file system, keys
 * sorted, so the same input gives the same bytes. Runs in Node 20 and in browsers (Web Crypto).
 * Invalid content is refused whole: a PublishError lists every problem with its JSON path.
 */
import { defOf, unwrap } from './schema-def.js';
import * as z from 'zod/mini';
import { datasetDefinition, datasets as allDatasets } from '../content/datasets.js';
import { sha256Hex } from '../content/loader.js';
import { describeIssue, type ContentProblem } from '../content/problems.js';
import { formatPath } from '../internal/json-path.js';
import { languageTagSchema, localizedTextSchema } from '../content/schema/common.js';
import type { DatasetDefinition } from '../content/schema/dataset.js';
import { authoringSchema } from '../content/schema/envelope.js';
import { CONTENT_SCHEMA_MAJOR, CONTENT_SCHEMA_VERSION, manifestSchema, type Manifest } from '../content/schema/manifest.js';
import { droppedProblems, validateDataset } from '../content/validate.js';

export interface PublishOptions {
  /** `example` for demo content, `live` for real content (which must hold no record flagged `example`). */
  status: 'example' | 'live';
  /** Default: the latest `updated` of the datasets. */
  publishedAt?: string;
  /** Default: the schema version of this library. */
  schemaVersion?: string;
  /** Also write the JSON Schema files (default true). */
  schemas?: boolean;
}

/** A file of the published layout: its path relative to the content base, and its text. */
export interface PublishedFile {
  path: string;
  content: string;
}

export interface PublishResult {
  manifest: Manifest;
  files: PublishedFile[];
}

/** Publishing refused: `problems` lists every one, with dataset, record id and JSON path. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `content not published, ${problems.length} problem(s):\n` +
        problems.map((problem) => `  ${problem.dataset} ${problem.path}${problem.id ? ` (${problem.id})` : ''}: ${problem.message}`).join('\n'),
    );
    this.problems = problems;
  }
}

/** JSON with object keys sorted at every level and no whitespace: one text per value. */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = sortKeys(item);
    }
    return out;
  }
  return value;
}

/** The languages of every localized text in `value`, found by walking `schema` beside it. */
function collectLocales(wrapped: unknown, value: unknown, into = new Set<string>()): Set<string> {
  if (value === undefined || value === null) return into;
  const schema = unwrap(wrapped);
  const def = defOf(schema);
  if (schema === localizedTextSchema || (def.type === 'record' && def.keyType === languageTagSchema)) {
    if (typeof value === 'object') {
      for (const [key, text] of Object.entries(value)) if (typeof text === 'string' && text.length > 0) into.add(key);
    }
    return into;
  }
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        collectLocales(child, (value as Record<string, unknown>)[key], into);
      }
      break;
    case 'array':
      if (Array.isArray(value)) for (const item of value) collectLocales(def.element, item, into);
      break;
    case 'record':
      if (typeof value === 'object') for (const item of Object.values(value)) collectLocales(def.valueType, item, into);
      break;
    case 'union':
      for (const option of def.options as unknown[]) collectLocales(option, value, into);
      break;
  }
  return into;
}

/** JSON Schema files (draft 2020-12) of the authoring format of each dataset and of the manifest. */
export function jsonSchemaFiles(definitions: readonly DatasetDefinition[]): PublishedFile[] {
  const files = definitions.map((definition) => ({
    path: `v${CONTENT_SCHEMA_MAJOR}/schema/${definition.name}.schema.json`,
    content: `${canonicalJson(
      {
        ...z.toJSONSchema(authoringSchema(definition), { io: 'input', unrepresentable: 'any', reused: 'ref' }),
        title: `frontline-widgets ${definition.name} dataset, schema ${CONTENT_SCHEMA_VERSION}`,
      },
      2,
    )}\n`,
  }));
  files.push({
    path: `v${CONTENT_SCHEMA_MAJOR}/schema/manifest.schema.json`,
    content: `${canonicalJson(
      {
        ...z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }),
        title: `frontline-widgets content manifest, schema ${CONTENT_SCHEMA_VERSION}`,
      },
      2,
    )}\n`,
  });
  return files;
}

function exampleRecords(definition: DatasetDefinition, data: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of Object.keys(definition.collections)) {
    const records = (data[collection] ?? []) as { id?: string; example?: boolean }[];
    records.forEach((record, index) => {
      if (record.example === true) {
        problems.push({
          dataset: definition.name,
          ...(record.id ? { id: record.id } : {}),
          path: `$.${collection}[${index}].example`,
          message: 'is an example record: live content must hold real, checked information only',
        });
      }
    });
  }
  return problems;
}

/**
 * Validates the dataset files and returns the published layout. `datasets` are parsed authoring files
 * (one JSON object each, `dataset` naming which); their `$schema` is left out of the published copy.
 * Throws a PublishError when anything is invalid, a dataset is unknown or appears twice.
 */
export async function publish(datasets: readonly unknown[], options: PublishOptions): Promise<PublishResult> {
  const problems: ContentProblem[] = [];
  const accepted: { definition: DatasetDefinition; source: Record<string, unknown>; updated: string; locales: string[] }[] = [];
  const seen = new Set<string>();

  for (const source of datasets) {
    const name = (source as { dataset?: unknown } | null)?.dataset;
    const definition = typeof name === 'string' ? datasetDefinition(name) : undefined;
    if (!definition) {
      const message =
        typeof name === 'string'
          ? `"${name}" is not a dataset (known: services, procedures, walkins, reintegration)`
          : 'is missing: the file must say which dataset it is';
      problems.push({ dataset: typeof name === 'string' ? name : '?', path: '$.dataset', message });
      continue;
    }
    if (seen.has(definition.name)) {
      problems.push({ dataset: definition.name, path: '$.dataset', message: `"${definition.name}" is given twice` });
      continue;
    }
    seen.add(definition.name);
    const result = validateDataset(definition, source);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    problems.push(...droppedProblems(result.dropped));
    if (options.status === 'live') problems.push(...exampleRecords(definition, result.data));
    const locales = [...collectLocales(authoringSchema(definition), source)].sort();
    accepted.push({ definition, source: source as Record<string, unknown>, updated: result.updated, locales });
  }
  if (problems.length > 0) throw new PublishError(problems);

  const folder = `v${CONTENT_SCHEMA_MAJOR}`;
  const files: PublishedFile[] = [];
  const entries: Manifest['datasets'] = {};
  for (const { definition, source, updated, locales } of [...accepted].sort((a, b) => a.definition.name.localeCompare(b.definition.name))) {
    const { $schema: _ignored, ...published } = source;
    const content = canonicalJson(published);
    const bytes = new TextEncoder().encode(content);
    const sha256 = await sha256Hex(bytes);
    const file = `${definition.name}.${sha256.slice(0, 16)}.json`;
    files.push({ path: `${folder}/${file}`, content });
    entries[definition.name] = { file, sha256, updated, locales, bytes: bytes.byteLength };
  }

  const latest = accepted
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  const manifest: Manifest = {
    schemaVersion: options.schemaVersion ?? CONTENT_SCHEMA_VERSION,
    publishedAt: options.publishedAt ?? latest ?? '1970-01-01',
    status: options.status,
    datasets: entries,
  };
  const checked = z.safeParse(manifestSchema, manifest, { reportInput: true });
  if (!checked.success) {
    throw new PublishError(
      checked.error.issues.map((issue) => ({ dataset: 'manifest', path: formatPath(issue.path), message: describeIssue(issue) })),
    );
  }
  files.unshift({ path: `${folder}/manifest.json`, content: `${canonicalJson(manifest, 2)}\n` });
  if (options.schemas !== false) files.push(...jsonSchemaFiles(Object.values(allDatasets)));
  return { manifest, files };
}
