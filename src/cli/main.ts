/**
 * `frontline-content`: the content maintainers' command line.
 *
 *   frontline-content validate <folder>             every problem, as file:line:column jsonpath: message
 *   frontline-content build <folder> --out <dir>    validate, then write the published layout
 *   frontline-content coverage <folder>             per language, the share of texts translated
 *   frontline-content diff <old> <new>              what changed, record by record
 *   frontline-content schema --out <dir>            the JSON Schema files, for editors
 *
 * Exit codes: 0 all good, 1 problems in the content, 2 the command could not run (a missing folder, a
 * mistyped option). `main` takes its arguments and output streams so that tests can run it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { coverage } from '../authoring/coverage.js';
import { diffContent, formatDiff } from '../authoring/diff.js';
import { locate } from '../authoring/json-source.js';
import { checkFiles, formatProblem, inferStatus, type LocatedProblem } from '../authoring/lint.js';
import { jsonSchemaFiles, publish, PublishError } from '../authoring/publish.js';
import { datasets as allDatasets } from '../content/datasets.js';
import { CONTENT_SCHEMA_MAJOR, CONTENT_SCHEMA_VERSION } from '../content/schema/manifest.js';
import { localDate } from '../logic/zoned-time.js';
import { VERSION } from '../version.js';
import { CliError, readContentFiles, readVersion } from './files.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current time; `--today` overrides the date. */
  now: () => Date;
}

const USAGE = `frontline-content ${VERSION}: check, publish and review frontline-widgets content.

Usage:
  frontline-content validate <folder>            Check every file; print each problem as
                                                 file:line:column jsonpath: message
  frontline-content build <folder> --out <dir>   Check, then write the published content into <dir>:
                                                 v${CONTENT_SCHEMA_MAJOR}/manifest.json, v${CONTENT_SCHEMA_MAJOR}/<dataset>.<hash>.json, v${CONTENT_SCHEMA_MAJOR}/schema/
  frontline-content coverage <folder>            Per language, the share of texts translated and
                                                 the texts still missing
  frontline-content diff <old> <new>             What changed between two versions, record by record
                                                 (folders you edit, or published folders)
  frontline-content schema --out <dir>           Write the JSON Schema files editors use for
                                                 autocompletion ("$schema" in your files)

Options:
  --out <dir>          Where build and schema write.
  --status <status>    build: "example" or "live". Without it: "example" when any record is marked
                       "example": true, else "live". Live content must hold no example record.
  --locales <list>     coverage: the languages to count, e.g. en,nl,fr,de,ar (default: all used).
  --summary            coverage: the shares only, without the list of missing texts.
  --today <date>       Check "reviewed" dates against this day (YYYY-MM-DD) instead of today.
  --help, --version

Exit code: 0 no problems, 1 problems found (nothing is published), 2 the command could not run.`;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function today(io: Io, option: string | undefined): string {
  if (option === undefined) return localDate(io.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(option)) throw new CliError(`--today must be a date written YYYY-MM-DD, not "${option}".`);
  return option;
}

function printProblems(io: Io, problems: readonly LocatedProblem[]): void {
  for (const problem of problems) io.stdout(formatProblem(problem));
}

function needs(positionals: string[], count: number, usage: string): void {
  if (positionals.length < count) throw new CliError(`Missing argument. Usage: frontline-content ${usage}`);
  if (positionals.length > count) throw new CliError(`Too many arguments: ${positionals.slice(count).join(' ')}. Usage: frontline-content ${usage}`);
}

function validate(io: Io, folder: string, date: string): number {
  const files = readContentFiles(folder, { allowFile: true });
  const { problems, datasets } = checkFiles(files, { today: date });
  printProblems(io, problems);
  const names = datasets.map((dataset) => dataset.definition.name).join(', ');
  const checked = `${plural(files.length, 'file')} checked${names ? ` (${names})` : ''}`;
  if (problems.length === 0) {
    io.stdout(`${folder}: ${checked}, no problems.`);
    return 0;
  }
  const inFiles = new Set(problems.map((problem) => problem.file)).size;
  io.stdout(`\n${folder}: ${checked}, ${plural(problems.length, 'problem')} in ${plural(inFiles, 'file')}.`);
  return 1;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const BUDGET = 100 * 1024;

async function build(io: Io, folder: string, out: string, date: string, statusOption: string | undefined): Promise<number> {
  if (statusOption !== undefined && statusOption !== 'example' && statusOption !== 'live') {
    throw new CliError(`--status must be "example" or "live", not "${statusOption}".`);
  }
  const files = readContentFiles(folder);
  const { problems, datasets } = checkFiles(files, { today: date });
  if (problems.length > 0) {
    printProblems(io, problems);
    io.stdout(`\nNothing was published: fix the ${plural(problems.length, 'problem')} above first (frontline-content validate ${folder}).`);
    return 1;
  }
  if (datasets.length === 0) throw new CliError(`There is no dataset in "${folder}".`);
  const status = statusOption ?? inferStatus(datasets);
  let result;
  try {
    result = await publish(
      datasets.map((dataset) => dataset.source),
      { status },
    );
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    for (const problem of error.problems) {
      const dataset = datasets.find((candidate) => candidate.definition.name === problem.dataset);
      const place = dataset ? locate(dataset.parsed, problem.path) : { line: 1, column: 1 };
      io.stdout(formatProblem({ ...problem, file: dataset?.file ?? folder, line: place.line, column: place.column }));
    }
    io.stdout(`\nNothing was published: fix the ${plural(error.problems.length, 'problem')} above first.`);
    return 1;
  }
  // Dataset files and schemas first, the manifest last: a copy of the folder is never left naming a file it lacks.
  const ordered = [
    ...result.files.filter((file) => !file.path.endsWith('/manifest.json')),
    ...result.files.filter((file) => file.path.endsWith('/manifest.json')),
  ];
  for (const file of ordered) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  for (const [name, entry] of Object.entries(result.manifest.datasets)) {
    const content = result.files.find((file) => file.path === `v${CONTENT_SCHEMA_MAJOR}/${entry.file}`)!.content;
    const bytes = new TextEncoder().encode(content);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const over = gzip > BUDGET ? `  larger than the ${kb(BUDGET)} budget: readers on slow connections wait for it` : '';
    io.stdout(
      `  ${name.padEnd(14)} ${join(out, `v${CONTENT_SCHEMA_MAJOR}`, entry.file)}  ${kb(bytes.length)}, ${kb(gzip)} gzip, languages ${entry.locales.join(' ') || '(none)'}${over}`,
    );
  }
  const { manifest } = result;
  io.stdout(
    `Published ${plural(Object.keys(manifest.datasets).length, 'dataset')} into ${join(out, `v${CONTENT_SCHEMA_MAJOR}`)} ` +
      `(status ${manifest.status}, schema ${manifest.schemaVersion}, published ${manifest.publishedAt}).` +
      (statusOption === undefined
        ? `\nThe status is "${status}" because ${status === 'example' ? 'records are marked "example": true' : 'no record is marked as an example'}; set it with --status.`
        : ''),
  );
  return 0;
}

function coverageCommand(io: Io, folder: string, localesOption: string | undefined, summary: boolean): number {
  const files = readContentFiles(folder, { allowFile: true });
  const { problems, datasets } = checkFiles(files, { today: '9999-12-31' });
  const unreadable = problems.filter((problem) => problem.dataset === '?');
  if (unreadable.length > 0) {
    printProblems(io, unreadable);
    io.stdout(`\nCoverage needs readable dataset files: fix the ${plural(unreadable.length, 'problem')} above first.`);
    return 1;
  }
  const locales = localesOption
    ?.split(',')
    .map((locale) => locale.trim())
    .filter(Boolean);
  const report = coverage(
    datasets.map((dataset) => ({ file: dataset.file, definition: dataset.definition, source: dataset.source })),
    locales,
  );
  io.stdout(`Translations in ${folder}: ${plural(report.total, 'text')} in ${plural(datasets.length, 'dataset')}.`);
  for (const locale of report.locales) {
    const share = `${(Math.floor(locale.share * 1000) / 10).toFixed(1)}%`.padStart(6);
    io.stdout(
      `  ${locale.locale.padEnd(6)} ${share}  ${locale.translated} of ${locale.total}${locale.missing.length ? `, ${locale.missing.length} missing` : ''}`,
    );
  }
  if (!summary) {
    const byFile = new Map(datasets.map((dataset) => [dataset.file, dataset]));
    for (const locale of report.locales) {
      if (locale.missing.length === 0) continue;
      io.stdout(`\nMissing in ${locale.locale}:`);
      for (const missing of locale.missing) {
        const place = locate(byFile.get(missing.file)!.parsed, missing.path);
        io.stdout(`${missing.file}:${place.line}:${place.column} ${missing.path}: has ${missing.has.join(', ') || 'no language'}`);
      }
    }
  }
  return 0;
}

function diffCommand(io: Io, before: string, after: string): number {
  const old = readVersion(before);
  const next = readVersion(after);
  io.stdout(`Changes from ${before} to ${after}:`);
  io.stdout(formatDiff(diffContent(old.datasets, next.datasets)));
  return 0;
}

function schemaCommand(io: Io, out: string): number {
  for (const file of jsonSchemaFiles(Object.values(allDatasets))) {
    const target = join(out, file.path.replace(/^v\d+\/schema\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    io.stdout(`wrote ${target}`);
  }
  io.stdout(
    `JSON Schema files for schema ${CONTENT_SCHEMA_VERSION}. Point a file at one with "$schema", e.g. "$schema": "./schema/walkins.schema.json".`,
  );
  return 0;
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        status: { type: 'string' },
        locales: { type: 'string' },
        summary: { type: 'boolean' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout(VERSION);
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case 'validate':
        needs(rest, 1, 'validate <folder>');
        return validate(io, rest[0]!, today(io, values.today));
      case 'build':
        needs(rest, 1, 'build <folder> --out <dir>');
        if (!values.out)
          throw new CliError('build needs --out <dir>, the folder to publish into, e.g. frontline-content build content --out public/content');
        return await build(io, rest[0]!, values.out, today(io, values.today), values.status);
      case 'coverage':
        needs(rest, 1, 'coverage <folder>');
        return coverageCommand(io, rest[0]!, values.locales, values.summary ?? false);
      case 'diff':
        needs(rest, 2, 'diff <old> <new>');
        return diffCommand(io, rest[0]!, rest[1]!);
      case 'schema':
        needs(rest, 0, 'schema --out <dir>');
        if (!values.out) throw new CliError('schema needs --out <dir>, the folder to write the JSON Schema files into.');
        return schemaCommand(io, values.out);
      default:
        throw new CliError(`"${command}" is not a command. The commands are validate, build, coverage, diff and schema (frontline-content --help).`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`frontline-content: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`frontline-content: ${error.message} (frontline-content --help lists the options)`);
      return 2;
    }
    throw error;
  }
}
