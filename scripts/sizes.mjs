// What a browser downloads for each built entry: the entry file itself (all that must arrive before an
// element renders), and each chunk it loads later by relative URL, each with its minified, gzip (level 9)
// and brotli (quality 11) size. Reads dist/ as built; used by scripts/build.mjs and `npm run bench`.
//   node scripts/sizes.mjs [dist] [--modules]   (--modules: where each page's bytes go, per source module)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `locale-ar-walkin-<hash>.js`: the Arabic strings of the walk-in schedule (see scripts/build.mjs). */
const LOCALE_CHUNK = /^locale-([a-z]{2,3}(?:-[A-Za-z0-9]+)*)-([a-z]+)-[\w-]{8}\.js$/;

/** The min, gzip and brotli byte counts of one file. */
function fileSize(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** An `import(`./x.js`)` of a built file: the specifier is group 1. */
export const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Relative module specifiers a built file imports: `static` (needed before it runs) and `dynamic` (loaded later). */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const found = { static: new Set(), dynamic: new Set() };
  // Minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`, `import(`./x.js`)`.
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{][^;"'`]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    found.static.add(resolve(dirname(file), match[1]));
  }
  for (const match of code.matchAll(DYNAMIC_IMPORT)) found.dynamic.add(resolve(dirname(file), match[1]));
  return found;
}

/** What a chunk is for, from its file name (`validation-3f2a9c1b.js` -> `validation`; locale chunks -> `locale ar`). */
function chunkLabel(file) {
  const name = basename(file);
  const locale = LOCALE_CHUNK.exec(name);
  if (locale) return `locale ${locale[1]} ${locale[2]}`;
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
  const sum = (files) =>
    files.reduce((total, f) => ({ min: total.min + f.min, gzip: total.gzip + f.gzip, brotli: total.brotli + f.brotli }), {
      min: 0,
      gzip: 0,
      brotli: 0,
    });
  const eager = [...eagerFiles].map((file) => ({
    file: relative(dist, file),
    label: file === entry ? 'entry' : chunkLabel(file),
    ...fileSize(file),
  }));
  const lazy = [...lazyFiles].map((file) => ({ file: relative(dist, file), label: chunkLabel(file), ...fileSize(file) }));
  // Everything but translations: what an English reader's browser may load in all (a reader of another
  // language adds one locale chunk).
  const withoutLocales = [...eager, ...lazy.filter((chunk) => !chunk.label.startsWith('locale '))];
  return { name, eager: sum(eager), eagerFiles: eager, lazy, allButLocales: sum(withoutLocales) };
}

/** Every entry of dist/ (`frontline-widgets.js`, `all.js` and each `fl-*.js`). */
export function measureDist(dist) {
  return readdirSync(dist)
    .filter((file) => file === 'frontline-widgets.js' || file === 'all.js' || (file.startsWith('fl-') && file.endsWith('.js')))
    .sort((a, b) => (a === 'frontline-widgets.js' ? -1 : b === 'frontline-widgets.js' ? 1 : a.localeCompare(b)))
    .map((file) => measureEntry(dist, file.replace(/\.js$/, '')));
}

/**
 * The budgets, min+gzip KB, of what a page loads before its content shows on a second visit where nothing
 * changed (the device holds the content; no checking code, no translation for an English reader): the
 * loader, the element modules it imports, every chunk they import statically, and the chunks the loader
 * imports beside them (loaderLists: the code that asks the content host, which every element uses at once to
 * ask for the manifest, and FIRST_CONTENT_CHUNKS). `own` is what each element adds beyond the chunks it
 * shares with the other elements. Where a budget is not met yet, `holding` is the size the check holds
 * today (nothing may grow) until the work that meets it lands.
 *
 * The holds rose by 2.5 KB on 2026-12-06, a correction of the count, not growth: the chunk that asks the
 * content host (2.0 KB) and the manifest reader it imports (0.45) loaded before the content showed before
 * too (the store asks for the manifest while the device copy is read) but were not counted; the loader now
 * imports them beside the element (+0.2 KB for its lists).
 *
 * They rose again later that day, 0.7 to 1.0 KB a page (walk-in 37.5 -> 38.5, finder 49.6 -> 50.6,
 * explainer 38.9 -> 39.6, reintegration cards 35.3 -> 36.3, all 75.3 -> 76.0), traded for time on a first
 * visit (issue 19): the loader asks for the manifest itself (+0.3 KB; the store's side +0.1: on a first
 * visit the manifest no longer waits for every script to arrive and run), formatting is warmed up while
 * content is on its way (src/i18n/warm-up.ts and its calls, +0.4) and the helper the content checks share
 * with the explainer is in the shared chunk (+0.1 on the other pages: the checks no longer fetch it one
 * round trip after they arrive).
 *
 * On 2026-12-07 they rose by 0.3 to 0.6 KB (walk-in 39 -> 39.3, finder 51.1 -> 51.5, explainer 40 -> 40.3,
 * all 76.5 -> 77.1; the reintegration cards' page stayed under 37), traded for time on second visits (issue
 * 19): each element names what its first screen formats and its warm-up makes only that (the kinds and
 * their pieces in src/i18n/warm-up.ts, +0.15 KB; each element's list, +0.05), and the formatters a render
 * made again each time are kept (the reader's time zone, the collators; src/i18n/format.ts, +0.1).
 *
 * And 0.04 to 0.07 KB a page on 2026-12-07 (night; explainer 40.3 -> 40.4, reintegration cards 37 -> 37.1,
 * all 77.1 -> 77.2), traded for a round trip on a first visit and after three of a reader's actions (issues
 * 14 and 19): each import() of the built code asks for the chunks its target imports beside it
 * (scripts/build.mjs, importBeside). The content checks waited for the bundler's runtime helper: with 300 ms
 * round trips a first visit of the walk-in page showed its content about 290 ms sooner.
 *
 * And 0.5 KB a page on 2026-12-07 (late night; the loader 1.25 -> 1.71 KB; walk-in 39.3 -> 39.8, finder
 * 51.5 -> 52, explainer 40.4 -> 40.9, reintegration cards 37.1 -> 37.6, all 77.2 -> 77.7), traded for time
 * on a first visit on a slow connection (issues 14 and 19): the loader looks for the device's copy of each
 * widget's dataset and, without one, asks for the checking code beside the widget's chunks and for the
 * dataset's file once the manifest has answered (src/loader.ts, askContent; +0.35 KB of code, +0.1 for the
 * checking chunks' names), not once the store has arrived and looked. At 400 kbps with 150 ms round trips,
 * a first visit showed its content 75 to 160 ms sooner (bench/README.md).
 *
 * And 0.3 to 0.4 KB a page on 2026-12-08 (walk-in 39.8 -> 40.2, finder 52 -> 52.5, explainer 40.9 -> 41.3,
 * reintegration cards 37.6 -> 38, all 77.7 -> 78.1), traded for main-thread time on every visit (issue 19):
 * a short-lived worker loads Intl's data for the element's language before the warm-up's pieces make its
 * formatters (src/i18n/off-thread.ts). At normal CPU the main thread's work until the content fell by 13 to
 * 28 ms on the walk-in and finder pages, first and second visits (bench/README.md).
 */
export const BUDGETS = {
  loader: { max: 2, aim: 1.5 },
  // Raised by 0.5 when the four elements' branches met (shared chunk +0.2 KB: shared parts of the
  // reintegration cards and the polish branch's shared 'open until' and name-first link helpers), and by
  // 0.5 more when what only the walk-in schedule and the finder share became a chunk of its own (+0.3 KB
  // for the two pages, -1.5 KB for the two others: scripts/build.mjs, sharedChunk). 35 -> 38 -> 39: see above;
  // 39.3 on 2026-12-07, 39.8, 40.2 (below).
  'fl-walkin-schedule': { max: 24, aim: 20, holding: 40.2 },
  // 51 -> 51.1 on 2026-12-07: the first page of cards in batches (src/components/controllers/batches.ts,
  // +0.05 KB; issue 19: the longest task of a first visit on a slow phone was the ten cards' render); 51.5, 52, 52.5 (below).
  'fl-service-finder': { max: 32, aim: 26, holding: 52.5 },
  // A page with the procedure explainer: the walk-in page's budget, held at what it measured when it
  // landed (37.9), then at 36.5 (35.9 with the pair chunk, 36.0 with one fallback note per step), 39, 40,
  // 40.3, 40.4, 40.9, 41.3 (above).
  'fl-procedure-explainer': { max: 24, aim: 20, holding: 41.3 },
  // A page with the reintegration cards: the walk-in page's budget, held at what it measured when it
  // landed (31.3), then at 30.5 (30.2 with the pair chunk, paging and the per-card guard included), then at
  // 33: 32.6 once the rich-text chunks its content waits for are counted (FIRST_CONTENT_CHUNKS; the 30.4
  // before did not count the 3.5 KB cards chunk the content then needed, 36.4 in all; the cards now load
  // when a country is chosen); 35.5, 36.5 (above); 37 when a first download's progress waited for
  // formatting's warm-up, which pays Intl's first cost in pieces (src/content/controller.ts; +0.1 KB); 37.1, 37.6, 38 (above).
  'fl-reintegration-cards': { max: 24, aim: 20, holding: 38 },
  // Over its budget since the third element landed (66.5), 71.9 with the fourth (it adds its own 5.7 KB, the
  // explainer's page lost 0.3), 72.1 with the pair chunk, 72.6 with the reintegration cards' rich-text
  // piece loaded beside the content (its facade chunk, the eager piece), 75.5, 76.5, 77.1, 77.2, 77.7, 78.1 (above): held
  // until issue 14's budget work lands.
  all: { max: 60, aim: 48, holding: 78.1 },
  own: { max: 14, aim: 10 },
  'fl-service-finder own': { max: 14, aim: 10, holding: 21.5 },
};

/** The size a page may not exceed today: its budget, or what the check holds until the budget is met. */
export const limitOf = (page) => (page.holding ?? page.max) * 1024;

/** `starts` and everything reachable from them through `next(item)` (the items it leads to), as a set. */
export function closure(starts, next) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const item = queue.pop();
    if (seen.has(item)) continue;
    seen.add(item);
    queue.push(...next(item));
  }
  return seen;
}

/** The files (absolute paths) that load before `entry` runs: itself and its static imports, transitively. */
function eagerSet(dist, entry) {
  return closure([join(dist, `${entry}.js`)], (file) => importsOf(file).static);
}

/**
 * Chunks an element imports dynamically but waits for before its content shows. The build writes them,
 * with the chunks each element imports and the code that asks the content host, into the loader's lists
 * (scripts/build.mjs, elementChunks), which the size check reads back (loaderLists). The reintegration
 * cards load the rich-text chunks beside the content's request (the disclaimer and the steps every reader
 * sees); their cards chunk loads when a country is chosen (with the content when the host sets one: such a
 * page loads 3.5 KB more; the budget is the page with the picker).
 */
export const FIRST_CONTENT_CHUNKS = { 'fl-reintegration-cards': ['rich'] };

/**
 * The chunks the built loader imports beside each element's module (src/loader.ts, CHUNKS), as absolute
 * paths: what a page with the loader fetches before the content shows, besides the loader and the
 * element's own file.
 */
export function loaderLists(dist) {
  const code = readFileSync(join(dist, 'frontline-widgets.js'), 'utf8');
  // The loader's tables as the build writes them: `JSON.parse('{...}')`, or a JSON string where it needs escapes.
  const tables = [...code.matchAll(/JSON\.parse\(('[^'\\]*'|"(?:[^"\\]|\\.)*")\)/g)].map(([, literal]) =>
    JSON.parse(literal.startsWith("'") ? literal.slice(1, -1) : JSON.parse(literal)),
  );
  // CHUNKS: the table whose keys are tags (CHECKS is by dataset).
  const lists = tables.find((table) => Object.keys(table).length > 0 && Object.keys(table).every((key) => key.startsWith('fl-')));
  if (!lists) throw new Error('sizes: no chunk lists in dist/frontline-widgets.js (see scripts/build.mjs, elementChunks)');
  return Object.fromEntries(Object.entries(lists).map(([tag, files]) => [tag, files.map((file) => resolve(dist, file))]));
}

/** What each kind of page loads before its content shows, against its budget (see BUDGETS). */
export function measurePages(dist, tags) {
  const loader = eagerSet(dist, 'frontline-widgets');
  const lists = loaderLists(dist);
  const sets = Object.fromEntries(tags.map((tag) => [tag, new Set([...eagerSet(dist, tag), ...(lists[tag] ?? [])])]));
  const gzip = (files) => [...files].reduce((total, file) => total + fileSize(file).gzip, 0);
  const union = (...groups) => new Set(groups.flatMap((group) => [...group]));
  // Each page with the files it loads (`files`, for `--modules`).
  const page = (name, files, budget) => ({ page: name, gzip: gzip(files), files: [...files], ...budget });
  const pages = [page('the loader alone', loader, BUDGETS.loader)];
  for (const tag of tags) {
    pages.push(page(`a page with <${tag}>`, union(loader, sets[tag]), BUDGETS[tag] ?? BUDGETS.all));
    const shared = union(...tags.filter((other) => other !== tag).map((other) => sets[other]));
    const own = [...sets[tag]].filter((file) => !shared.has(file));
    pages.push(page(`<${tag}>'s own chunks beyond the shared ones`, own, BUDGETS[`${tag} own`] ?? BUDGETS.own));
  }
  pages.push(page('a page with every element', union(loader, ...Object.values(sets)), BUDGETS.all));
  return pages;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A plain-text table of measurePages()'s result. */
export function formatPages(pages) {
  const status = (p) => (p.gzip > limitOf(p) ? ' OVER' : p.gzip > p.max * 1024 ? ` not met (held at ${p.holding})` : '');
  return [
    'before content shows (second visit) | gzip KB | budget | aim',
    ...pages.map((p) => `${p.page} | ${kb(p.gzip)} | ${p.max}${status(p)} | ${p.aim}`),
  ].join('\n');
}

/** A plain-text table of measureDist()'s result. */
export function formatSizes(entries) {
  const lines = ['file | min KB | gzip KB | brotli KB'];
  for (const entry of entries) {
    lines.push(`${entry.name}.js (loads before rendering) | ${kb(entry.eager.min)} | ${kb(entry.eager.gzip)} | ${kb(entry.eager.brotli)}`);
    if (entry.eagerFiles.length > 1)
      for (const f of entry.eagerFiles.slice(1)) lines.push(`  + ${f.file} (static import) | ${kb(f.min)} | ${kb(f.gzip)} | ${kb(f.brotli)}`);
    const locales = entry.lazy.filter((chunk) => chunk.label.startsWith('locale '));
    for (const chunk of entry.lazy.filter((c) => !c.label.startsWith('locale '))) {
      lines.push(`  later: ${chunk.label} | ${kb(chunk.min)} | ${kb(chunk.gzip)} | ${kb(chunk.brotli)}`);
    }
    if (locales.length > 0) {
      // One language: every namespace of it this entry may load (the shared strings and its elements').
      const byLanguage = new Map();
      for (const chunk of locales) {
        const language = chunk.label.split(' ')[1];
        const sum = byLanguage.get(language) ?? { min: 0, gzip: 0, brotli: 0 };
        byLanguage.set(language, { min: sum.min + chunk.min, gzip: sum.gzip + chunk.gzip, brotli: sum.brotli + chunk.brotli });
      }
      const [largest, size] = [...byLanguage].reduce((a, b) => (b[1].gzip > a[1].gzip ? b : a));
      lines.push(
        `  later: one translation (${[...byLanguage.keys()].join(', ')}; largest ${largest}) | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)}`,
      );
    }
    lines.push(`  all but translations | ${kb(entry.allButLocales.min)} | ${kb(entry.allButLocales.gzip)} | ${kb(entry.allButLocales.brotli)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const dist = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? new URL('../dist', import.meta.url).pathname);
  if (!existsSync(join(dist, 'frontline-widgets.js'))) {
    console.error(`No build in ${dist}: run npm run build first.`);
    process.exit(1);
  }
  console.log(formatSizes(measureDist(dist)));
  const tags = readdirSync(dist)
    .filter((file) => /^fl-[\w-]+\.js$/.test(file))
    .map((file) => file.slice(0, -3));
  const pages = measurePages(dist, tags);
  console.log(`\n${formatPages(pages)}`);
  if (process.argv.includes('--modules')) {
    // Where each page's bytes go, module by module (from the source maps): scripts/size-modules.mjs.
    const { formatModules } = await import('./size-modules.mjs');
    for (const page of pages.filter((p) => p.page.startsWith('a page'))) console.log(`\n${formatModules(page.page, page.files)}`);
  }
  if (pages.some((page) => page.gzip > limitOf(page))) process.exit(1);
}
