// Where a page's bytes go: each built file's gzip size shared out among the source modules its source map
// names, then summed per module and per group (Lit, zod, src/content...) over the files a page loads. Used
// by `npm run size -- --modules` (scripts/sizes.mjs). A module's share of a file is the gzip size of its own
// generated code, scaled so that a file's shares add up to the file's gzip size: gzip compresses text that
// repeats across modules once, so the parts of a file do not compress alone as they do together.
// `(bundler)` is code no source names: the chunks' import and export lists, TypeScript's decorator helper.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** A source's name as the table shows it: `npm:lit-html/lit-html.js`, `src/content/store.ts`. */
function moduleName(source) {
  if (!source) return '(bundler)';
  const npm = /node_modules\/(.+)$/.exec(source);
  if (npm) return `npm:${npm[1].replace(/^.*node_modules\//, '')}`;
  const src = /(?:^|\/)(src\/.+)$/.exec(source);
  return src ? src[1] : source.replace(/^(\.\.\/)+/, '');
}

/** The group of a module: a library, a folder of src/, or an element's own folder. */
function moduleGroup(name) {
  if (/^npm:(lit-html|lit-element|lit|@lit\/reactive-element)\//.test(name)) return 'Lit';
  const npm = /^npm:((?:@[^/]+\/)?[^/]+)\//.exec(name);
  if (npm) return npm[1];
  const element = /^src\/components\/(fl-[^/]+)\//.exec(name);
  if (element) return element[1];
  const folder = /^src\/((?:components\/)?[^/]+)\//.exec(name);
  return folder ? `src/${folder[1]}` : name;
}

/** Generated code per source module of one built file (bytes of minified text), from its source map. */
function codeBySource(file) {
  const code = readFileSync(file, 'utf8');
  const bySource = new Map();
  if (!existsSync(`${file}.map`)) return { code, bySource: new Map([[`(no source map: ${basename(file)})`, code]]) };
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((mapping) => mappings.push(mapping), null, SourceMapConsumer.GENERATED_ORDER);
  const add = (name, text) => bySource.set(name, (bySource.get(name) ?? '') + text);
  const mapped = new Set();
  for (let i = 0; i < mappings.length; i += 1) {
    const mapping = mappings[i];
    const next = mappings[i + 1];
    const line = lines[mapping.generatedLine - 1] ?? '';
    // Text before a line's first mapping (a compile hint, glue between chunks) is the bundler's.
    if (!mapped.has(mapping.generatedLine)) {
      mapped.add(mapping.generatedLine);
      add('(bundler)', line.slice(0, mapping.generatedColumn));
    }
    const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
    add(moduleName(mapping.source), line.slice(mapping.generatedColumn, end));
  }
  lines.forEach((line, i) => mapped.has(i + 1) || add('(bundler)', line));
  return { code, bySource };
}

/**
 * The modules of `files` (built .js files beside their .map), each with `min` (bytes of minified code)
 * and `gzip` (its share of its files' gzip sizes), largest first; the shares add up to the files' gzip sizes.
 */
function attribute(files) {
  const modules = new Map();
  for (const file of files) {
    const { code, bySource } = codeBySource(file);
    const fileGzip = gzipSync(code, { level: 9 }).length;
    const alone = [...bySource].map(([name, text]) => [name, text.length, gzipSync(text, { level: 9 }).length]);
    const total = alone.reduce((sum, [, , gzip]) => sum + gzip, 0) || 1;
    for (const [name, min, gzip] of alone) {
      const row = modules.get(name) ?? { name, group: moduleGroup(name), min: 0, gzip: 0 };
      row.min += min;
      row.gzip += (gzip * fileGzip) / total;
      modules.set(name, row);
    }
  }
  return [...modules.values()].sort((a, b) => b.gzip - a.gzip);
}

/** `attribute()`'s rows summed per group, largest first. */
function groups(rows) {
  const byGroup = new Map();
  for (const row of rows) {
    const group = byGroup.get(row.group) ?? { group: row.group, min: 0, gzip: 0, modules: 0 };
    group.min += row.min;
    group.gzip += row.gzip;
    group.modules += 1;
    byGroup.set(row.group, group);
  }
  return [...byGroup.values()].sort((a, b) => b.gzip - a.gzip);
}

const kb = (bytes) => (bytes / 1024).toFixed(2);

/** A plain-text table of where one page's bytes go: the groups, then the `top` largest modules. */
export function formatModules(title, files, top = 15) {
  const rows = attribute(files);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const lines = [`${title}: ${kb(total)} KB gzip in ${files.length} files`, 'group | modules | min KB | gzip KB | share'];
  for (const group of groups(rows)) {
    lines.push(`${group.group} | ${group.modules} | ${kb(group.min)} | ${kb(group.gzip)} | ${((100 * group.gzip) / total).toFixed(0)}%`);
  }
  lines.push(`largest modules | min KB | gzip KB`);
  for (const row of rows.slice(0, top)) lines.push(`  ${row.name} | ${kb(row.min)} | ${kb(row.gzip)}`);
  return lines.join('\n');
}
