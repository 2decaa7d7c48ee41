/**
 * Reading content from disk for the command line: an authoring folder (one JSON file per dataset), or a
 * published version (`<content-base>/v1/manifest.json` and the files it lists). Failures that stop the
 * command are CliErrors with a message for a person, not a stack trace.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JsonSyntaxError, parseJson } from '../authoring/json-source.js';
import type { SourceFile } from '../authoring/lint.js';

/** A failure that stops the command (exit code 2): the message says what to do. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Is this a dataset file name (not a JSON Schema file kept beside the content)? */
const isContentFile = (name: string) => name.endsWith('.json') && !name.endsWith('.schema.json');

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `Could not read "${path}": ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String((error as Error).message)}`,
    );
  }
}

/** The folder (or single file) given on the command line must exist. */
function mustExist(path: string, what: string): void {
  if (!existsSync(path)) throw new CliError(`There is no ${what} "${path}" (looked for ${resolve(path)}).`);
}

/**
 * The dataset files of an authoring folder (`*.json` directly in it, JSON Schema files left out), or the
 * one file given. Names are shown as given (`demo/content/walkins.json`), so editors can open them.
 */
export function readContentFiles(path: string, { allowFile = false } = {}): SourceFile[] {
  mustExist(path, 'folder');
  if (!statSync(path).isDirectory()) {
    if (allowFile) return [{ name: path, text: readText(path) }];
    throw new CliError(`"${path}" is a file, not a folder: give the folder that holds the dataset files (such as walkins.json).`);
  }
  const names = readdirSync(path)
    .filter((name) => isContentFile(name) && statSync(join(path, name)).isFile())
    .sort();
  if (names.length === 0) {
    throw new CliError(`There are no .json files in "${path}": a content folder holds one file per dataset, such as walkins.json or services.json.`);
  }
  return names.map((name) => ({ name: join(path, name), text: readText(join(path, name)) }));
}

/** Parses a file for commands that only read content (diff); a syntax error stops the command. */
function parseFile(file: SourceFile): unknown {
  try {
    return parseJson(file.text).value;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new CliError(`${file.name}:${error.position.line}:${error.position.column} $: the file is not valid JSON: ${error.message}`);
    }
    throw error;
  }
}

const datasetOf = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { dataset?: unknown }).dataset === 'string'
    ? (value as { dataset: string }).dataset
    : undefined;

/**
 * The datasets of a version of the content, by name: a published content base (with `v1/manifest.json`),
 * a published `v1` folder (with `manifest.json`), or an authoring folder.
 */
export function readVersion(path: string): { kind: 'published' | 'authoring'; datasets: Map<string, unknown> } {
  mustExist(path, 'folder');
  const manifestPath = [join(path, 'v1', 'manifest.json'), join(path, 'manifest.json')].find((candidate) => existsSync(candidate));
  if (manifestPath) {
    const manifest = parseFile({ name: manifestPath, text: readText(manifestPath) }) as { datasets?: Record<string, { file?: unknown }> };
    const folder = manifestPath.slice(0, -'manifest.json'.length);
    const datasets = new Map<string, unknown>();
    for (const [name, entry] of Object.entries(manifest.datasets ?? {})) {
      if (typeof entry?.file !== 'string') throw new CliError(`${manifestPath}: the manifest gives no file for the ${name} dataset.`);
      const file = join(folder, entry.file);
      if (!existsSync(file))
        throw new CliError(`${manifestPath} lists ${entry.file} for the ${name} dataset, but there is no such file (looked for ${resolve(file)}).`);
      datasets.set(name, parseFile({ name: file, text: readText(file) }));
    }
    return { kind: 'published', datasets };
  }
  const datasets = new Map<string, unknown>();
  for (const file of readContentFiles(path)) {
    const value = parseFile(file);
    const name = datasetOf(value);
    if (name === undefined) throw new CliError(`${file.name}:1:1 $: this file is not a dataset: it has no "dataset" field.`);
    if (datasets.has(name)) throw new CliError(`${file.name}:1:1 $.dataset: the ${name} dataset is given twice in "${path}".`);
    datasets.set(name, value);
  }
  return { kind: 'authoring', datasets };
}
