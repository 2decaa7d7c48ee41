// Builds the library as one Vite build with several entries that share chunks (Lit, the bases, the content
// store and cache, i18n), so a page that loads two element files loads each shared module once:
// - dist/frontline-widgets.js: the loader (src/loader.ts), the script-tag embed; it imports the modules of
//   the fl-* tags it finds;
// - dist/fl-<name>.js: one element (its entry file, src/components/fl-<name>/fl-<name>.ts);
// - dist/all.js: every element at once (src/index.ts), for bundlers and hosts that want one request;
// then the .d.ts types, the custom elements manifest, integrity.json and the size budgets (scripts/sizes.mjs).
import { build } from 'vite';
import { readdirSync, existsSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, relative } from 'node:path';
import { DYNAMIC_IMPORT, FIRST_CONTENT_CHUNKS, closure, formatPages, formatSizes, limitOf, measureDist, measurePages } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(dist, { recursive: true, force: true });

for (const step of ['prebuild:locales', 'prebuild:content']) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[step]) run('npm', ['run', '--silent', step]);
}

const components = readdirSync(join(root, 'src/components')).filter(
  (name) => name.startsWith('fl-') && existsSync(join(root, 'src/components', name, `${name}.ts`)),
);
// The modules of the lazy validation chunks (zod/mini, the schemas, src/content/validation.ts; not the
// zod-free schema helpers the store and the network chunk read first). No element
// imports a schema value (ESLint checks it), so these load only on demand.
const VALIDATION_MODULES =
  /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]content[\\/](validation|validate|problems)\.ts$|[\\/]src[\\/]content[\\/]schema[\\/](?!dataset\.ts$|version\.ts$|manifest-fields\.ts$)[^\\/]+\.ts$/;

/** A dataset's own schema module (src/content/schema/walkins.ts -> `walkins`), the rest being shared. */
const DATASET_SCHEMA = /[\\/]src[\\/]content[\\/]schema[\\/](walkins|services|procedures|reintegration)\.ts$/;

/**
 * Puts the validation modules the entries load on demand into two chunks a first visit loads together:
 * `validation` (zod/mini, the shared schema parts, the manifest's schema, the checks) and the dataset's
 * own schema (`schema-walkins`...; src/content/dataset-refs.ts imports each on its own), so a page with
 * the walk-in schedule does not download and run the other datasets' schemas. Not a chunk per module: the
 * bundler alone would make a dozen small files, each compressed on its own. A module an entry imports
 * statically (a small helper such as src/content/problems.ts) stays out of them: in such a chunk, the entry
 * would import it before it runs.
 */
function validationChunk(entryFiles) {
  let eager;
  return (id, context) => {
    if (!VALIDATION_MODULES.test(id)) return null;
    eager ??= staticClosure(entryFiles, context);
    if (eager.has(id)) return null;
    const dataset = DATASET_SCHEMA.exec(id);
    return dataset ? `schema-${dataset[1]}` : 'validation';
  };
}

/** The modules `files` import statically, directly or not (`context`: the bundler's module graph). */
function staticClosure(files, context) {
  return closure(files, (id) => context.getModuleInfo(id)?.importedIds ?? []);
}

/**
 * The shared chunks. `shared`: every module that three or more elements import statically (Lit, the
 * bases, the store, i18n, shared parts and logic), and what only two share when it is small. Modules only
 * two elements share that add up to PAIR_CHUNK_MIN bytes or more get a chunk for the two
 * (`shared-service-walkin`: opening hours, public holidays), so that the other elements' pages do not load
 * them. Left to itself the bundler splits by every combination of entries and lazy chunks, into many
 * chunks each compressed on its own (1.5 KB more per page when the week view became a chunk). Measured
 * 2026-12-05, the pair chunk against one shared chunk: explainer page 35.9 against 37.4 KB, reintegration
 * 30.2 against 31.8, walk-in 34.5 against 34.2, finder 46.6 against 46.2, every element 72.1 against 71.8.
 * What one element alone uses, or only a lazy chunk, is in neither.
 */
const PAIR_CHUNK_MIN = 4000;

function sharedChunk(elementFiles, checksFile) {
  let chunkOf;
  return (id, context) => {
    if (!chunkOf) {
      const users = new Map();
      for (const file of elementFiles) {
        const name = basename(file, '.ts').replace(/^fl-/, '').split('-')[0];
        for (const module of staticClosure([file], context)) users.set(module, [...(users.get(module) ?? []), name]);
      }
      // The content checks (loaded on demand) count as a user: a module they share with one element is in
      // a chunk every page has, not in one of its own that the checks would fetch only once they arrived.
      for (const module of staticClosure([checksFile], context)) {
        if (users.has(module)) users.set(module, [...users.get(module), 'checks']);
      }
      // Modules only two elements use get a chunk of their own when they add up to PAIR_CHUNK_MIN bytes.
      const pairs = new Map();
      for (const [module, names] of users) {
        if (names.length !== 2) continue;
        const pair = `shared-${names.join('-')}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + (context.getModuleInfo(module)?.code?.length ?? 0));
      }
      chunkOf = new Map();
      for (const [module, names] of users) {
        if (names.length < 2) continue;
        const pair = `shared-${names.join('-')}`;
        chunkOf.set(module, names.length === 2 && !names.includes('checks') && pairs.get(pair) >= PAIR_CHUNK_MIN ? pair : 'shared');
      }
    }
    return chunkOf.get(id) ?? null;
  };
}

/** The modules of the 'rich-text' chunk (see the groups below). */
const FACT_PIECES = /[\\/]src[\\/](?:components[\\/]parts[\\/](?:rich-text|facts)|logic[\\/](?:rich-text|amounts|feedback))\.ts$/;

/**
 * Writes into the loader (src/loader.ts, `CHUNKS`) the chunks each element needs before its content shows:
 * the chunks its entry imports statically (transitively), the chunk that asks the content host (every
 * element asks the manifest at once) and the chunks of FIRST_CONTENT_CHUNKS (scripts/sizes.mjs), each with
 * its own static imports. The loader imports them beside the element's module: the browser would otherwise
 * find each chunk only once the file that imports it has arrived, one round trip after another. And the
 * chunks that check each dataset's content (`CHECKS`), which the loader asks for on a first visit. The
 * markers are replaced after minification; the loader's source map is moved to match (shiftMappings).
 */
function elementChunks(tags) {
  // The string literal `'{"fl-<name>":[]}'` of src/loader.ts, in any quotes.
  const markerOf = (name) => new RegExp(`(["'\`])\\{"fl-${name}":\\[\\]\\}\\1`);
  let shifts;
  let eager;
  return {
    name: 'fl-element-chunks',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (files) => closure(files, (file) => byFile.get(file)?.imports ?? []);
      const network = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/content/network.ts'));
      if (!network) throw new Error('elementChunks: no chunk for src/content/network.ts');
      const lists = {};
      for (const tag of tags) {
        const entry = byFile.get(`${tag}.js`);
        if (!entry) throw new Error(`elementChunks: no entry ${tag}.js`);
        const firstContent = entry.dynamicImports
          .map((file) => byFile.get(file))
          .filter((chunk) => chunk && (FIRST_CONTENT_CHUNKS[tag] ?? []).includes(chunk.name))
          .map((chunk) => chunk.fileName);
        lists[tag] = [...withImports([entry.fileName, network.fileName, ...firstContent])].filter((file) => file !== entry.fileName).sort();
      }
      eager = new Set(['frontline-widgets.js', ...tags.map((tag) => `${tag}.js`), ...Object.values(lists).flat()]);
      // The checking code of each dataset (the checks and its schema, `schema-<dataset>`, with their
      // imports), which the loader asks for on a first visit (src/loader.ts, CHECKS); not the chunks every
      // element's list has.
      const validation = chunks.find((chunk) => chunk.name === 'validation');
      if (!validation) throw new Error('elementChunks: no validation chunk');
      const checks = {};
      for (const chunk of chunks) {
        const dataset = /^schema-(.+)$/.exec(chunk.name)?.[1];
        if (!dataset) continue;
        checks[dataset] = [...withImports([validation.fileName, chunk.fileName])]
          .filter((file) => !Object.values(lists).every((list) => list.includes(file)))
          .sort();
      }
      const loader = byFile.get('frontline-widgets.js');
      if (!loader) throw new Error('elementChunks: no loader');
      // The bundler writes the source maps as they were (a chunk's map cannot be changed here): moved once
      // written, from the last marker back (`before`: the code before it, as the bundler wrote it).
      shifts = [];
      const code = loader.code;
      let written = '';
      let from = 0;
      for (const [marker, value, name] of [
        [markerOf('chunks'), lists, 'CHUNKS'],
        [markerOf('checks'), checks, 'CHECKS'],
      ]) {
        const found = marker.exec(code);
        if (!found || found.index < from) throw new Error(`elementChunks: the marker of src/loader.ts (${name}) is not in the built loader`);
        // In single quotes where nothing in it needs escaping (no backslash before each quote): the loader 76
        // bytes smaller, 10 gzip.
        const json = JSON.stringify(value);
        const literal = /['\\\n\r\u2028\u2029]/.test(json) ? JSON.stringify(json) : `'${json}'`;
        written += code.slice(from, found.index) + literal;
        from = found.index + found[0].length;
        shifts.push({
          file: loader.fileName,
          before: code.slice(0, found.index),
          delta: literal.length - found[0].length,
          mappings: loader.map?.mappings,
        });
      }
      loader.code = written + code.slice(from);
      const pages = tags.map((tag) => new Set(['frontline-widgets.js', `${tag}.js`, ...lists[tag]]));
      for (const chunk of chunks) if (chunk !== loader) shifts.push(...importBeside(chunk, byFile, withImports, pages));
    },
    writeBundle() {
      const maps = new Map();
      // Last insertion first: the code before each one is then still as the bundler wrote it.
      for (const { file, before, delta, mappings } of shifts.toReversed()) {
        if (!maps.has(file)) {
          const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
          if (map.mappings !== mappings) throw new Error(`elementChunks: the source map of ${file} is not the one the bundler made`);
          maps.set(file, map);
        }
        shiftMappings(maps.get(file), before, delta);
      }
      for (const [file, map] of maps) writeFileSync(join(dist, `${file}.map`), JSON.stringify(map));
      for (const name of eager) if (name !== 'frontline-widgets.js') compileHint(name);
    },
  };
}

/**
 * A chunk loaded on demand (the content checks, a finder card's details, a country's reintegration cards,
 * the explainer's deadline answer) has static imports of its own, which the browser finds only once it has
 * arrived: each a round trip more before it runs (on a first visit the checks waited one for the bundler's
 * 0.2 KB runtime helper: 300 ms more on a connection with 300 ms round trips). So each `import()` of the
 * built code also asks for the chunks its target imports, beside it, as the loader does for the elements'
 * modules (src/loader.ts, CHUNKS): `(import(`./dep.js`).catch(e=>e),import(`./target.js`))`. Left out are
 * the chunks the importer imports itself, those it asks for with an import() of its own (the store asks for
 * the checks and the dataset's schema together: src/content/store.ts), and those that every page running
 * the importer has asked for before its content shows (`pages`: the loader's lists): they are there already
 * (a page with an element file and no loader asks for the network chunk as its store is made, long before
 * the checks). The preload's failure is the target's failure too, reported where the target is imported.
 * `withImports(files)`: those files and every chunk they import. Returns the insertions, for the source map.
 */
function importBeside(chunk, byFile, withImports, pages) {
  const have = withImports([chunk.fileName]);
  const running = pages.filter((page) => page.has(chunk.fileName));
  const asksItself = new Set(chunk.dynamicImports);
  const loaded = (file) => have.has(file) || asksItself.has(file) || (running.length > 0 && running.every((page) => page.has(file)));
  const url = (file) => {
    const path = relative(dirname(chunk.fileName), file).replaceAll('\\', '/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const edits = [];
  const mappings = chunk.map?.mappings;
  chunk.code = chunk.code.replace(DYNAMIC_IMPORT, (call, specifier, offset, code) => {
    const target = join(dirname(chunk.fileName), specifier).replaceAll('\\', '/');
    if (!byFile.has(target)) return call;
    const beside = [...withImports([target])].filter((file) => file !== target && !loaded(file)).sort();
    if (beside.length === 0) return call;
    const text = `(${beside.map((file) => `import(\`${url(file)}\`).catch(e=>e),`).join('')}${call})`;
    edits.push({ file: chunk.fileName, before: code.slice(0, offset), delta: text.length - call.length, mappings });
    return text;
  });
  // Offsets above are into the code as the bundler wrote it: each edit's `before` is that code's prefix.
  return edits;
}

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every function of a
 * file that starts with `//# allFunctionsCalledOnLoad` is compiled eagerly, on a background thread while
 * the file arrives, instead of on the main thread when first called. Given to the files that run before the
 * content shows (the element entries and the chunks of the loader's lists), where nearly every
 * function is called: on the walk-in schedule's second visit, main-thread compilation went from 22-26 ms to
 * 5-11 ms, a small gain in startup, mostly with the CPU slowed (bench/README.md, 2026-12-06 evening). A file
 * without a source map (all.js, a facade such as the 'rich' chunk) only imports and exports: nothing to
 * compile. Nor do the loader and files under HINT_MIN bytes (the manifest reader) get it: their main-thread
 * compilation is well under a millisecond, and the comment costs 25 bytes gzip a file. The source map gains
 * an empty first line.
 */
const HINT_MIN = 3000;

function compileHint(name) {
  const file = join(dist, name);
  const code = readFileSync(file, 'utf8');
  if (!existsSync(`${file}.map`) || code.length < HINT_MIN) return;
  writeFileSync(file, `//# allFunctionsCalledOnLoad\n${code}`);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  map.mappings = `;${map.mappings}`;
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Moves the source map of a line by `delta` columns after the text `before` ends (a string of that many
 * columns was replaced by a longer one). Only a line's first segment after that point holds an absolute
 * shift: the columns of the segments after it are relative to it.
 */
function shiftMappings(map, before, delta) {
  const lines = map.mappings.split(';');
  const line = before.split('\n').length - 1;
  const column = before.length - before.lastIndexOf('\n') - 1;
  const segments = lines[line].split(',');
  let at = 0;
  for (const [i, segment] of segments.entries()) {
    const [first, length] = firstVlq(segment);
    at += first;
    if (at > column) {
      segments[i] = encodeVlq(first + delta) + segment.slice(length);
      break;
    }
  }
  lines[line] = segments.join(',');
  map.mappings = lines.join(';');
}

/** The first value of a VLQ segment and the number of characters it takes. */
function firstVlq(segment) {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < segment.length; i += 1) {
    const digit = VLQ.indexOf(segment[i]);
    value += (digit & 31) << shift;
    if (!(digit & 32)) return [value & 1 ? -(value >>> 1) : value >>> 1, i + 1];
    shift += 5;
  }
  throw new Error(`shiftMappings: a broken segment "${segment}"`);
}

function encodeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += VLQ[digit];
  } while (value > 0);
  return out;
}

const entries = {
  'frontline-widgets': 'src/loader.ts',
  all: 'src/index.ts',
  ...Object.fromEntries(components.map((name) => [name, `src/components/${name}/${name}.ts`])),
};

await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  plugins: [elementChunks(components)],
  build: {
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      output: {
        // A translation chunk is named after its language and namespace (`locale-ar-walkin-<hash>.js`).
        chunkFileNames: (chunk) => {
          const locale = /generated[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `chunks/locale-${locale[1]}-${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        minify: true,
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: validationChunk(Object.values(entries).map((file) => join(root, file))), debugName: 'validation' },
            {
              name: sharedChunk(
                components.map((name) => join(root, `src/components/${name}/${name}.ts`)),
                join(root, 'src/content/validation.ts'),
              ),
              debugName: 'shared',
            },
            // Dated facts on screen (rich text, amounts with their date, sources, the report link): the
            // procedure explainer loads them up front, other elements in a chunk loaded later. One chunk
            // for them all, so that the explainer's page loads one more file, not two.
            { name: (id) => (FACT_PIECES.test(id) ? 'rich-text' : null), debugName: 'rich-text' },
          ],
        },
      },
    },
  },
});

// The content preview page (demo/preview.html) for content maintainers, shipped in the package as
// dist/preview/preview.html: served by any static file server, it checks dropped content files and shows
// them in the widgets, all in the browser (package.json's sideEffects lists the module that defines the
// preview element, which tree shaking would drop otherwise).
await build({
  root: join(root, 'demo'),
  configFile: false,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: join(dist, 'preview'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    rollupOptions: { input: join(root, 'demo/preview.html') },
  },
});

run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/**/*.ts',
  '--exclude',
  'src/generated/**',
  '--exclude',
  'src/cli/**',
  '--exclude',
  'src/authoring/**',
  '--outdir',
  'dist',
]);

// Subresource Integrity of every file a browser runs: the entries (for the script tag's `integrity`) and
// the chunks they load later (for an import map's `integrity`, which covers dynamic imports). docs/performance.md.
const scripts = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js') && !file.startsWith('cli/') && !file.startsWith('types/') && !file.startsWith('preview/'))
  .sort();
const integrity = Object.fromEntries(
  scripts.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(dist, file)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

// What each entry and each kind of page costs a reader; the build fails when a page is over its budget.
const measured = measureDist(dist);
console.log(formatSizes(measured));
const pages = measurePages(dist, components);
console.log(`\n${formatPages(pages)}`);
const over = pages.filter((page) => page.gzip > limitOf(page));
if (over.length > 0) {
  console.error(
    `\nBuild refused, over budget (min+gzip):\n  ${over.map((page) => `${page.page}: ${(page.gzip / 1024).toFixed(1)} KB, at most ${limitOf(page) / 1024} KB`).join('\n  ')}`,
  );
  process.exit(1);
}
