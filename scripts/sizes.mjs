// What a browser downloads for each built entry: the entry file itself (all that must arrive before an
// element renders), and each chunk it loads later by relative URL, each with its minified, gzip (level 9)
// and brotli (quality 11) size. Reads dist/ as built; used by scripts/build.mjs and `npm run bench`.
//   node scripts/sizes.mjs [dist]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const LOCALE_CHUNK = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*)-[\w-]{8}\.js$/;

/** The min, gzip and brotli byte counts of one file. */
function fileSize(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Relative module specifiers a built file imports: `static` (needed before it runs) and `dynamic` (loaded later). */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const found = { static: new Set(), dynamic: new Set() };
  // Minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `import(`./x.js`)`.
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{][^;"'`]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    found.static.add(resolve(dirname(file), match[1]));
  }
  for (const match of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) found.dynamic.add(resolve(dirname(file), match[1]));
  return found;
}

/** What a chunk is for, from its file name (`validation-3f2a9c1b.js` -> `validation`; locale chunks -> `locale ar`). */
function chunkLabel(file) {
  const name = basename(file);
  if (LOCALE_CHUNK.test(name)) return `locale ${name.replace(/-[\w-]{8}\.js$/, '')}`;
  return name.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}

/**
 * The entry, the files it imports statically (transitively: they load before it runs), and every chunk
 * reachable later through dynamic imports, each with its size. `eager` is the sum of the first two.
 */
function measureEntry(dist, name) {
  const entry = join(dist, `${name}.js`);
  const eagerFiles = new Set([entry]);
  const lazyFiles = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    const { static: direct, dynamic } = importsOf(file);
    for (const next of direct) {
      if (eagerFiles.has(file) && !eagerFiles.has(next) && next !== entry) {
        eagerFiles.add(next);
        lazyFiles.delete(next);
        queue.push(next);
      } else if (!eagerFiles.has(next) && !lazyFiles.has(next)) {
        lazyFiles.add(next);
        queue.push(next);
      }
    }
    for (const next of dynamic) {
      if (!eagerFiles.has(next) && !lazyFiles.has(next)) {
        lazyFiles.add(next);
        queue.push(next);
      }
    }
  }
  const sum = (files) => files.reduce((total, f) => ({ min: total.min + f.min, gzip: total.gzip + f.gzip, brotli: total.brotli + f.brotli }), { min: 0, gzip: 0, brotli: 0 });
  const eager = [...eagerFiles].map((file) => ({ file: relative(dist, file), label: file === entry ? 'entry' : chunkLabel(file), ...fileSize(file) }));
  const lazy = [...lazyFiles].map((file) => ({ file: relative(dist, file), label: chunkLabel(file), ...fileSize(file) }));
  // Everything but translations: what an English reader's browser may load in all (a reader of another
  // language adds one locale chunk).
  const withoutLocales = [...eager, ...lazy.filter((chunk) => !chunk.label.startsWith('locale '))];
  return { name, eager: sum(eager), eagerFiles: eager, lazy, allButLocales: sum(withoutLocales) };
}

/** Every entry of dist/ (`frontline-widgets.js` and each `fl-*.js`). */
export function measureDist(dist) {
  return readdirSync(dist)
    .filter((file) => file.endsWith('.js') && (file === 'frontline-widgets.js' || file.startsWith('fl-')))
    .sort((a, b) => (a === 'frontline-widgets.js' ? -1 : b === 'frontline-widgets.js' ? 1 : a.localeCompare(b)))
    .map((file) => measureEntry(dist, file.replace(/\.js$/, '')));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A plain-text table of measureDist()'s result. */
export function formatSizes(entries) {
  const lines = ['file | min KB | gzip KB | brotli KB'];
  for (const entry of entries) {
    lines.push(`${entry.name}.js (loads before rendering) | ${kb(entry.eager.min)} | ${kb(entry.eager.gzip)} | ${kb(entry.eager.brotli)}`);
    if (entry.eagerFiles.length > 1) for (const f of entry.eagerFiles.slice(1)) lines.push(`  + ${f.file} (static import) | ${kb(f.min)} | ${kb(f.gzip)} | ${kb(f.brotli)}`);
    const locales = entry.lazy.filter((chunk) => chunk.label.startsWith('locale '));
    for (const chunk of entry.lazy.filter((c) => !c.label.startsWith('locale '))) {
      lines.push(`  later: ${chunk.label} | ${kb(chunk.min)} | ${kb(chunk.gzip)} | ${kb(chunk.brotli)}`);
    }
    if (locales.length > 0) {
      const largest = locales.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      lines.push(`  later: one translation (${locales.map((c) => c.label.slice(7)).join(', ')}; largest ${largest.label.slice(7)}) | ${kb(largest.min)} | ${kb(largest.gzip)} | ${kb(largest.brotli)}`);
    }
    lines.push(`  all but translations | ${kb(entry.allButLocales.min)} | ${kb(entry.allButLocales.gzip)} | ${kb(entry.allButLocales.brotli)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
  if (!existsSync(join(dist, 'frontline-widgets.js'))) {
    console.error(`No build in ${dist}: run npm run build first.`);
    process.exit(1);
  }
  console.log(formatSizes(measureDist(dist)));
}
