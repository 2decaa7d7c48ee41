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
import { basename, join } from 'node:path';
import { formatPages, formatSizes, limitOf, measureDist, measurePages } from './sizes.mjs';

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
// The modules of the lazy validation chunk (zod/mini, the schemas, src/content/validation.ts; not the
// zod-free schema helpers the store and the network chunk read first). No element
// imports a schema value (ESLint checks it), so these load only on demand, as one chunk.
const VALIDATION_MODULES =
  /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]content[\\/](validation|validate|problems)\.ts$|[\\/]src[\\/]content[\\/]schema[\\/](?!dataset\.ts$|version\.ts$|manifest-fields\.ts$)[^\\/]+\.ts$/;

/**
 * Puts the validation modules the entries load on demand into one chunk (one request, instead of a chunk
 * per schema and a shared one they all import). A module an entry imports statically (a small helper such
 * as src/content/problems.ts) stays out of it: in that chunk, the entry would import it before it runs.
 */
function validationChunk(entryFiles) {
  let eager;
  return (id, context) => {
    if (!VALIDATION_MODULES.test(id)) return null;
    if (!eager) {
      eager = new Set();
      const queue = [...entryFiles];
      while (queue.length > 0) {
        const next = queue.pop();
        if (eager.has(next)) continue;
        eager.add(next);
        queue.push(...(context.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return eager.has(id) ? null : 'validation';
  };
}

/** The modules `files` import statically, directly or not (`context`: the bundler's module graph). */
function staticClosure(files, context) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const next = queue.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(context.getModuleInfo(next)?.importedIds ?? []));
  }
  return seen;
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

function sharedChunk(elementFiles) {
  let chunkOf;
  return (id, context) => {
    if (!chunkOf) {
      const users = new Map();
      for (const file of elementFiles) {
        const name = basename(file, '.ts').replace(/^fl-/, '').split('-')[0];
        for (const module of staticClosure([file], context)) users.set(module, [...(users.get(module) ?? []), name]);
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
        chunkOf.set(module, names.length === 2 && pairs.get(pair) >= PAIR_CHUNK_MIN ? pair : 'shared');
      }
    }
    return chunkOf.get(id) ?? null;
  };
}

/** The modules of the 'rich-text' chunk (see the groups below). */
const FACT_PIECES = /[\\/]src[\\/](?:components[\\/]parts[\\/](?:rich-text|facts)|logic[\\/](?:rich-text|amounts|feedback))\.ts$/;

const entries = {
  'frontline-widgets': 'src/loader.ts',
  all: 'src/index.ts',
  ...Object.fromEntries(components.map((name) => [name, `src/components/${name}/${name}.ts`])),
};

await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
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
            { name: sharedChunk(components.map((name) => join(root, `src/components/${name}/${name}.ts`))), debugName: 'shared' },
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
